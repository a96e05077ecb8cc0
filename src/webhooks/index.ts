// Webhooks in any framework: read a notification from a web Request or a Node request, verify it with the client,
// answer with the acknowledgement. Nothing here imports a Node built-in.
export { notificationAckResponse, sendNotificationAck, webhookErrorStatus } from './answer.ts';
export type { AckTarget } from './answer.ts';
export { readNodeWebhookRequest } from './node-request.ts';
export type { NodeRequestHeaders, NodeWebhookRequest } from './node-request.ts';
export { DEFAULT_WEBHOOK_MAX_BODY_BYTES } from './options.ts';
export type { WebhookReadOptions } from './options.ts';
export type { WebhookMethods, WebhookVerifyOptions } from './verify.ts';
export { readWebhookRequest } from './web-request.ts';
