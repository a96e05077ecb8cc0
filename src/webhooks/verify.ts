import type { IncomingNotification, VerifyNotificationOptions } from '../notifications.ts';
import type { AntomNotification } from '../notification-event.ts';
import type { NodeWebhookRequest } from './node-request.ts';
import { readNodeWebhookRequest } from './node-request.ts';
import type { WebhookReadOptions } from './options.ts';
import { readWebhookRequest } from './web-request.ts';

/** Options of `client.verifyWebhook` and `client.verifyNodeWebhook`: how to read the request, and the freshness window. */
export interface WebhookVerifyOptions extends WebhookReadOptions, Pick<VerifyNotificationOptions, 'maxAgeMs' | 'now'> {}

/** The client's notification check (signature with its ID and Antom key, freshness, typed by kind). */
export type NotificationVerifier = (
  notification: IncomingNotification,
  options: Pick<VerifyNotificationOptions, 'maxAgeMs' | 'now'>,
) => AntomNotification | Promise<AntomNotification>;

/** The webhook methods of the client. */
export interface WebhookMethods {
  /**
   * Reads and verifies a notification from a web `Request` (Cloudflare Workers, Next.js route handlers, Hono's
   * `c.req.raw`, Deno, Bun): `const notice = await client.verifyWebhook(request)`, then answer with
   * `notificationAckResponse()`. See `readWebhookRequest` for what is read, and `verifyNotification` for the checks.
   */
  verifyWebhook(request: Request, options?: WebhookVerifyOptions): Promise<AntomNotification>;
  /**
   * Reads and verifies a notification from a Node request (`node:http`, Express, Fastify):
   * `const notice = await client.verifyNodeWebhook(req)`, then answer with `sendNotificationAck(res)`. See
   * `readNodeWebhookRequest` for where the raw body is taken from.
   */
  verifyNodeWebhook(req: NodeWebhookRequest, options?: WebhookVerifyOptions): Promise<AntomNotification>;
}

/** Binds the webhook methods to the client's notification check. */
export function webhookMethods(verify: NotificationVerifier): WebhookMethods {
  return {
    async verifyWebhook(request, options) {
      return verifyRead(verify, await readWebhookRequest(request, options), options);
    },
    async verifyNodeWebhook(req, options) {
      return verifyRead(verify, await readNodeWebhookRequest(req, options), options);
    },
  };
}

/**
 * The one place the webhook helpers reach the verification core: everything they read goes through here, so
 * moving them to another core (e.g. an asynchronous Web Crypto one) is a change to the `verify` given above.
 */
async function verifyRead(verify: NotificationVerifier, notification: IncomingNotification, options: WebhookVerifyOptions | undefined): Promise<AntomNotification> {
  return verify(notification, { maxAgeMs: options?.maxAgeMs, now: options?.now });
}
