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
  AntomNotificationTooLargeError,
  AntomResponseMismatchError,
  AntomResponseTooLargeError,
  AntomSignatureError,
  AntomTimeoutError,
  isAntomError,
} from './errors.ts';
export type { AntomSignatureFailureReason, RequestIdRef } from './errors.ts';
export { AntomRsaKey, parsePrivateKey, parsePublicKey } from './keys.ts';
export type { AntomPrivateKey, AntomPublicKey, KeyObjectLike, PrivateKeyInput, PublicKeyInput } from './keys.ts';
export {
  buildSignContent,
  formatSignatureHeader,
  parseSignatureHeader,
  signRsaSha256,
  signRsaSha256Async,
  verifyRsaSha256,
  verifyRsaSha256Async,
} from './signing/index.ts';
export { createAntomFetch, createSignedSend, createTransport, fetchFromSend, attemptsOf } from './transport/transport.ts';
export type { AntomFetchConfig, AntomTransport, AttemptInfo, AttemptOutcome, DeliveredResponse, OutgoingCall, SignedSend } from './transport/transport.ts';
export { DEFAULT_MAX_RESPONSE_BYTES } from './transport/config.ts';
export type { RetryOptions } from './transport/retry.ts';
export { notificationAck, notificationAckBody, verifyNotification, verifyNotificationAsync } from './notifications.ts';
export type { IncomingNotification, NotificationAck, VerifyNotificationOptions } from './notifications.ts';
export { classifyNotification } from './notification-event.ts';
export {
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  notificationAckResponse,
  readNodeWebhookRequest,
  readWebhookRequest,
  sendNotificationAck,
  webhookErrorStatus,
} from './webhooks/index.ts';
export type { AckTarget, NodeRequestHeaders, NodeWebhookRequest, WebhookReadOptions, WebhookVerifyOptions } from './webhooks/index.ts';
export type { AntomNotification, AntomNotificationKind, CaptureNotification, DisputeNotification, PaymentNotification, RefundNotification } from './notification-event.ts';
export { CONTINUATION_URL_FIELDS, interpretPayResult } from './result/interpret.ts';
export type { PayFailed, PayOutcome, PayOutcomeKindOf, PayRedirect, PayResponse, PayRetryWithNewId, PaySuccess } from './result/interpret.ts';
export { interpretInquiryPayment } from './result/inquiry-payment.ts';
export type {
  InquiryPaymentOutcome,
  InquiryPaymentResponse,
  PaymentCancelled,
  PaymentFailed,
  PaymentPending,
  PaymentProcessing,
  PaymentQueryFailed,
  PaymentQueryUnknown,
  PaymentStatus,
  PaymentSucceeded,
} from './result/inquiry-payment.ts';
export { interpretCancelResult, interpretCaptureResult, interpretInquiryRefund, interpretRefundResult } from './result/lifecycle.ts';
export type {
  CancelOutcome,
  CancelResponse,
  CaptureOutcome,
  CaptureResponse,
  InquiryRefundOutcome,
  InquiryRefundResponse,
  RefundOutcome,
  RefundResponse,
  RefundStatus,
  RequestDone,
  RequestFailed,
  RequestInProcess,
  RequestOutcome,
  RequestUnknown,
} from './result/lifecycle.ts';
export type { OutcomeBase } from './result/read-result.ts';
export type { RetryOutcome } from './result/retry.ts';
export { interpretPaymentSession } from './result/payment-session.ts';
export type {
  CreatePaymentSessionResponse,
  PaymentSessionCreated,
  PaymentSessionFailed,
  PaymentSessionOutcome,
  PaymentSessionWithoutData,
} from './result/payment-session.ts';
export { interpretConsult } from './result/consult.ts';
export type { ConsultCurrencyNotSupported, ConsultFailed, ConsultNoPayOptions, ConsultOptionsListed, ConsultOutcome, ConsultResponse } from './result/consult.ts';
export type { ConsultOption, KnownDisableReason, PaymentOption } from './result/consult-option.ts';
export { interpretAcceptDispute, interpretSupplyDefenseDocument } from './result/dispute-requests.ts';
export type {
  AcceptDisputeOutcome,
  AcceptDisputeResponse,
  DisputeRefusalKind,
  DisputeRequestDone,
  DisputeRequestFailed,
  DisputeRequestRefused,
  SupplyDefenseDocumentOutcome,
  SupplyDefenseDocumentResponse,
} from './result/dispute-requests.ts';
export { MAX_DISPUTE_EVIDENCE_CHARS, interpretDisputeEvidence } from './result/dispute-evidence.ts';
export type {
  DisputeEvidenceFailed,
  DisputeEvidenceFile,
  DisputeEvidenceFormat,
  DisputeEvidenceInvalid,
  DisputeEvidenceOutcome,
  DisputeEvidenceRequest,
  DownloadDisputeEvidenceResponse,
} from './result/dispute-evidence.ts';
export { interpretDisputeNotification } from './result/dispute-notification.ts';
export type {
  DisputeAcceptedNotice,
  DisputeCancelled,
  DisputeCreated,
  DisputeDefenseDueAlert,
  DisputeDefenseSupplied,
  DisputeJudged,
  DisputeNoticeUnknown,
  DisputeNotificationOutcome,
  DisputeRdrResolved,
} from './result/dispute-notification.ts';
export type { DisputeJudgement } from './result/dispute-actions.ts';
// Everything generated per operation (tables, lookups, body/options/result types) is re-exported whole, so an
// operation added to the spec reaches the package without touching this file.
export * from '../generated/result-codes.ts';
export type * from '../generated/client.ts';
export type { components, paths, webhooks } from '../generated/schema.ts';
