// Package entry: the typed, signing client for Antom's pay API and the pieces it is built from.
export { createAntomClient } from './client.ts';
export type { AntomClient, AntomClientOptions, NotificationCheckOptions } from './client.ts';
export { REGION_ORIGINS, SANDBOX_CLIENT_ID_PREFIX, resolveGatewayBaseUrl } from './gateway.ts';
export type { AntomRegion } from './gateway.ts';
export {
  AntomConfigError,
  AntomError,
  AntomHttpError,
  AntomNetworkError,
  AntomResponseMismatchError,
  AntomResponseTooLargeError,
  AntomSignatureError,
  AntomTimeoutError,
  isAntomError,
} from './errors.ts';
export type { AntomSignatureFailureReason } from './errors.ts';
export { parsePrivateKey, parsePublicKey } from './keys.ts';
export { buildSignContent, formatSignatureHeader, parseSignatureHeader, signRsaSha256, signRsaSha256Async, verifyRsaSha256 } from './signing/index.ts';
export { createAntomFetch, createSignedSend, createTransport, fetchFromSend, attemptsOf } from './transport/transport.ts';
export type { AntomFetchConfig, AntomTransport, AttemptInfo, AttemptOutcome, DeliveredResponse, OutgoingCall, SignedSend } from './transport/transport.ts';
export { DEFAULT_MAX_RESPONSE_BYTES } from './transport/config.ts';
export type { RetryOptions } from './transport/retry.ts';
export { notificationAck, notificationAckBody, verifyNotification } from './notifications.ts';
export type { IncomingNotification, NotificationAck, VerifyNotificationOptions } from './notifications.ts';
export { CONTINUATION_URL_FIELDS, interpretPayResult } from './result/interpret.ts';
export type { PayFailed, PayOutcome, PayOutcomeKindOf, PayRedirect, PayResponse, PayRetryWithNewId, PaySuccess } from './result/interpret.ts';
export { isPayResultCode, lookupPayResultCode, lookupResultCode, payResultCodes, resultCodes } from '../generated/result-codes.ts';
export type { PayResultCode, ResultCode, ResultCodeEntry, ResultCodeRow, ResultStatus } from '../generated/result-codes.ts';
export type { CallOptions, PayBody, PayOptions, PayResult, Operations } from '../generated/client.ts';
export type { components, paths, webhooks } from '../generated/schema.ts';
