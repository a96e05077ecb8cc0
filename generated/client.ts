// Generated from spec/openapi.yaml (Antom Checkout Payment 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchResponse, ParamsOption } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Method, path template, call shape (body first, or options only) and media types of one operation. */
export interface OperationRoute {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path template relative to the base URL, e.g. `/items/{id}`. */
  readonly path: string;
  readonly hasBody: boolean;
  /** Media type the body is sent as, e.g. `application/json`; absent without a body. */
  readonly requestMediaType?: string;
  /** Media type of the success body; absent when it has none. */
  readonly responseMediaType?: string;
}

/** Per-call options every operation takes besides its `params`. */
export interface CallOptions {
  /** Cancels the call, including any retry still to come. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Carries one call to the server: resolves to `{ data, error, response }` as openapi-fetch does, or to `{ data, response }` if it throws on every failure. */
export type OperationSender = (route: OperationRoute, body: unknown, options: unknown) => Promise<unknown>;

/** What a call resolves to through a sender that throws on every failure: the success body, never an `error`. */
export interface DataResult<Data> {
  /** The parsed success body. */
  readonly data: Data;
  /** Always undefined: failures are thrown. Kept so code written for openapi-fetch's shape still compiles. */
  readonly error?: undefined;
  readonly response: Response;
}

/** openapi-fetch's `{ data, error, response }` with the success `data` typed as the schema writes it. */
export type WithSuccessBody<Result, Data> = Result extends { data: unknown } ? { data: Data; error?: never; response: Response } : Result;

/** The `pay` operation (POST /v1/payments/pay). */
export type PayOperation = paths['/v1/payments/pay']['post'];

/** Request body of `pay`, sent as `application/json`. */
export type PayBody = NonNullable<PayOperation['requestBody']>['content']['application/json'];

/** Per-call options of `pay`: its parameters, extra headers and an AbortSignal. */
export type PayOptions = CallOptions & ParamsOption<PayOperation>;

/** What `pay` resolves to through openapi-fetch: `{ data, error, response }`. */
export type PayResult = WithSuccessBody<FetchResponse<PayOperation, PayOptions, 'application/json'>, PayOperation['responses']['200']['content']['application/json']>;

/** What `pay` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type PayDataResult = DataResult<PayOperation['responses']['200']['content']['application/json']>;

/** The `inquiryPayment` operation (POST /v1/payments/inquiryPayment). */
export type InquiryPaymentOperation = paths['/v1/payments/inquiryPayment']['post'];

/** Request body of `inquiryPayment`, sent as `application/json`. */
export type InquiryPaymentBody = NonNullable<InquiryPaymentOperation['requestBody']>['content']['application/json'];

/** Per-call options of `inquiryPayment`: its parameters, extra headers and an AbortSignal. */
export type InquiryPaymentOptions = CallOptions & ParamsOption<InquiryPaymentOperation>;

/** What `inquiryPayment` resolves to through openapi-fetch: `{ data, error, response }`. */
export type InquiryPaymentResult = WithSuccessBody<FetchResponse<InquiryPaymentOperation, InquiryPaymentOptions, 'application/json'>, InquiryPaymentOperation['responses']['200']['content']['application/json']>;

/** What `inquiryPayment` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type InquiryPaymentDataResult = DataResult<InquiryPaymentOperation['responses']['200']['content']['application/json']>;

/** The `cancel` operation (POST /v1/payments/cancel). */
export type CancelOperation = paths['/v1/payments/cancel']['post'];

/** Request body of `cancel`, sent as `application/json`. */
export type CancelBody = NonNullable<CancelOperation['requestBody']>['content']['application/json'];

/** Per-call options of `cancel`: its parameters, extra headers and an AbortSignal. */
export type CancelOptions = CallOptions & ParamsOption<CancelOperation>;

/** What `cancel` resolves to through openapi-fetch: `{ data, error, response }`. */
export type CancelResult = WithSuccessBody<FetchResponse<CancelOperation, CancelOptions, 'application/json'>, CancelOperation['responses']['200']['content']['application/json']>;

/** What `cancel` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type CancelDataResult = DataResult<CancelOperation['responses']['200']['content']['application/json']>;

/** The `capture` operation (POST /v1/payments/capture). */
export type CaptureOperation = paths['/v1/payments/capture']['post'];

/** Request body of `capture`, sent as `application/json`. */
export type CaptureBody = NonNullable<CaptureOperation['requestBody']>['content']['application/json'];

/** Per-call options of `capture`: its parameters, extra headers and an AbortSignal. */
export type CaptureOptions = CallOptions & ParamsOption<CaptureOperation>;

/** What `capture` resolves to through openapi-fetch: `{ data, error, response }`. */
export type CaptureResult = WithSuccessBody<FetchResponse<CaptureOperation, CaptureOptions, 'application/json'>, CaptureOperation['responses']['200']['content']['application/json']>;

/** What `capture` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type CaptureDataResult = DataResult<CaptureOperation['responses']['200']['content']['application/json']>;

/** The `refund` operation (POST /v1/payments/refund). */
export type RefundOperation = paths['/v1/payments/refund']['post'];

/** Request body of `refund`, sent as `application/json`. */
export type RefundBody = NonNullable<RefundOperation['requestBody']>['content']['application/json'];

/** Per-call options of `refund`: its parameters, extra headers and an AbortSignal. */
export type RefundOptions = CallOptions & ParamsOption<RefundOperation>;

/** What `refund` resolves to through openapi-fetch: `{ data, error, response }`. */
export type RefundResult = WithSuccessBody<FetchResponse<RefundOperation, RefundOptions, 'application/json'>, RefundOperation['responses']['200']['content']['application/json']>;

/** What `refund` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type RefundDataResult = DataResult<RefundOperation['responses']['200']['content']['application/json']>;

/** The `inquiryRefund` operation (POST /v1/payments/inquiryRefund). */
export type InquiryRefundOperation = paths['/v1/payments/inquiryRefund']['post'];

/** Request body of `inquiryRefund`, sent as `application/json`. */
export type InquiryRefundBody = NonNullable<InquiryRefundOperation['requestBody']>['content']['application/json'];

/** Per-call options of `inquiryRefund`: its parameters, extra headers and an AbortSignal. */
export type InquiryRefundOptions = CallOptions & ParamsOption<InquiryRefundOperation>;

/** What `inquiryRefund` resolves to through openapi-fetch: `{ data, error, response }`. */
export type InquiryRefundResult = WithSuccessBody<FetchResponse<InquiryRefundOperation, InquiryRefundOptions, 'application/json'>, InquiryRefundOperation['responses']['200']['content']['application/json']>;

/** What `inquiryRefund` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type InquiryRefundDataResult = DataResult<InquiryRefundOperation['responses']['200']['content']['application/json']>;

/** The `createPaymentSession` operation (POST /v1/payments/createPaymentSession). */
export type CreatePaymentSessionOperation = paths['/v1/payments/createPaymentSession']['post'];

/** Request body of `createPaymentSession`, sent as `application/json`. */
export type CreatePaymentSessionBody = NonNullable<CreatePaymentSessionOperation['requestBody']>['content']['application/json'];

/** Per-call options of `createPaymentSession`: its parameters, extra headers and an AbortSignal. */
export type CreatePaymentSessionOptions = CallOptions & ParamsOption<CreatePaymentSessionOperation>;

/** What `createPaymentSession` resolves to through openapi-fetch: `{ data, error, response }`. */
export type CreatePaymentSessionResult = WithSuccessBody<FetchResponse<CreatePaymentSessionOperation, CreatePaymentSessionOptions, 'application/json'>, CreatePaymentSessionOperation['responses']['200']['content']['application/json']>;

/** What `createPaymentSession` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type CreatePaymentSessionDataResult = DataResult<CreatePaymentSessionOperation['responses']['200']['content']['application/json']>;

/** The `consult` operation (POST /v1/payments/consult). */
export type ConsultOperation = paths['/v1/payments/consult']['post'];

/** Request body of `consult`, sent as `application/json`. */
export type ConsultBody = NonNullable<ConsultOperation['requestBody']>['content']['application/json'];

/** Per-call options of `consult`: its parameters, extra headers and an AbortSignal. */
export type ConsultOptions = CallOptions & ParamsOption<ConsultOperation>;

/** What `consult` resolves to through openapi-fetch: `{ data, error, response }`. */
export type ConsultResult = WithSuccessBody<FetchResponse<ConsultOperation, ConsultOptions, 'application/json'>, ConsultOperation['responses']['200']['content']['application/json']>;

/** What `consult` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type ConsultDataResult = DataResult<ConsultOperation['responses']['200']['content']['application/json']>;

/** The `acceptDispute` operation (POST /v1/payments/acceptDispute). */
export type AcceptDisputeOperation = paths['/v1/payments/acceptDispute']['post'];

/** Request body of `acceptDispute`, sent as `application/json`. */
export type AcceptDisputeBody = NonNullable<AcceptDisputeOperation['requestBody']>['content']['application/json'];

/** Per-call options of `acceptDispute`: its parameters, extra headers and an AbortSignal. */
export type AcceptDisputeOptions = CallOptions & ParamsOption<AcceptDisputeOperation>;

/** What `acceptDispute` resolves to through openapi-fetch: `{ data, error, response }`. */
export type AcceptDisputeResult = WithSuccessBody<FetchResponse<AcceptDisputeOperation, AcceptDisputeOptions, 'application/json'>, AcceptDisputeOperation['responses']['200']['content']['application/json']>;

/** What `acceptDispute` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type AcceptDisputeDataResult = DataResult<AcceptDisputeOperation['responses']['200']['content']['application/json']>;

/** The `supplyDefenseDocument` operation (POST /v1/payments/supplyDefenseDocument). */
export type SupplyDefenseDocumentOperation = paths['/v1/payments/supplyDefenseDocument']['post'];

/** Request body of `supplyDefenseDocument`, sent as `application/json`. */
export type SupplyDefenseDocumentBody = NonNullable<SupplyDefenseDocumentOperation['requestBody']>['content']['application/json'];

/** Per-call options of `supplyDefenseDocument`: its parameters, extra headers and an AbortSignal. */
export type SupplyDefenseDocumentOptions = CallOptions & ParamsOption<SupplyDefenseDocumentOperation>;

/** What `supplyDefenseDocument` resolves to through openapi-fetch: `{ data, error, response }`. */
export type SupplyDefenseDocumentResult = WithSuccessBody<FetchResponse<SupplyDefenseDocumentOperation, SupplyDefenseDocumentOptions, 'application/json'>, SupplyDefenseDocumentOperation['responses']['200']['content']['application/json']>;

/** What `supplyDefenseDocument` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type SupplyDefenseDocumentDataResult = DataResult<SupplyDefenseDocumentOperation['responses']['200']['content']['application/json']>;

/** The `downloadDisputeEvidence` operation (POST /v1/payments/downloadDisputeEvidence). */
export type DownloadDisputeEvidenceOperation = paths['/v1/payments/downloadDisputeEvidence']['post'];

/** Request body of `downloadDisputeEvidence`, sent as `application/json`. */
export type DownloadDisputeEvidenceBody = NonNullable<DownloadDisputeEvidenceOperation['requestBody']>['content']['application/json'];

/** Per-call options of `downloadDisputeEvidence`: its parameters, extra headers and an AbortSignal. */
export type DownloadDisputeEvidenceOptions = CallOptions & ParamsOption<DownloadDisputeEvidenceOperation>;

/** What `downloadDisputeEvidence` resolves to through openapi-fetch: `{ data, error, response }`. */
export type DownloadDisputeEvidenceResult = WithSuccessBody<FetchResponse<DownloadDisputeEvidenceOperation, DownloadDisputeEvidenceOptions, 'application/json'>, DownloadDisputeEvidenceOperation['responses']['200']['content']['application/json']>;

/** What `downloadDisputeEvidence` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type DownloadDisputeEvidenceDataResult = DataResult<DownloadDisputeEvidenceOperation['responses']['200']['content']['application/json']>;

/** What each operation resolves to through openapi-fetch (`{ data, error, response }`), by operationId. */
export interface FetchResults {
  pay: PayResult;
  inquiryPayment: InquiryPaymentResult;
  cancel: CancelResult;
  capture: CaptureResult;
  refund: RefundResult;
  inquiryRefund: InquiryRefundResult;
  createPaymentSession: CreatePaymentSessionResult;
  consult: ConsultResult;
  acceptDispute: AcceptDisputeResult;
  supplyDefenseDocument: SupplyDefenseDocumentResult;
  downloadDisputeEvidence: DownloadDisputeEvidenceResult;
}

/** What each operation resolves to through a sender that throws on every failure (`{ data, response }`), by operationId. */
export interface DataResults {
  pay: PayDataResult;
  inquiryPayment: InquiryPaymentDataResult;
  cancel: CancelDataResult;
  capture: CaptureDataResult;
  refund: RefundDataResult;
  inquiryRefund: InquiryRefundDataResult;
  createPaymentSession: CreatePaymentSessionDataResult;
  consult: ConsultDataResult;
  acceptDispute: AcceptDisputeDataResult;
  supplyDefenseDocument: SupplyDefenseDocumentDataResult;
  downloadDisputeEvidence: DownloadDisputeEvidenceDataResult;
}

/** One function per operationId of the spec. `Results` is what they resolve to: `FetchResults` (openapi-fetch's shape) or `DataResults` (a sender that throws on every failure). */
export interface Operations<Results extends Record<keyof FetchResults, unknown> = FetchResults> {
  /**
   * Create a checkout payment
   *
   * Creates a payment and returns where to send the buyer to pay: one or more of `applinkUrl`,
   * `normalUrl` and `schemeUrl` (plus `appIdentifier` for Android apps), or `paymentData` for merchants that
   * render the cashier with Antom's client SDK.
   *
   * `POST /v1/payments/pay`
   */
  pay(body: PayBody, options?: PayOptions): Promise<Results['pay']>;
  /**
   * Query the state of a payment
   *
   * Returns the current state of a payment created with pay. Identify it by `paymentRequestId` (the merchant's
   * own ID, usable even when the pay call timed out before Antom answered) or by `paymentId`; when both are sent,
   * `paymentId` wins.
   *
   * `POST /v1/payments/inquiryPayment`
   */
  inquiryPayment(body: InquiryPaymentBody, options?: InquiryPaymentOptions): Promise<Results['inquiryPayment']>;
  /**
   * Cancel a payment
   *
   * Cancels (closes) a whole payment; there is no partial cancellation. Identify the payment by `paymentId` or
   * `paymentRequestId`; when both are sent, `paymentId` wins.
   *
   * `POST /v1/payments/cancel`
   */
  cancel(body: CancelBody, options?: CancelOptions): Promise<Results['cancel']>;
  /**
   * Capture an authorised card payment
   *
   * Captures the money of a card payment that was only authorised, that is, a pay request with
   * `paymentFactor.captureMode` `MANUAL`. (With `AUTOMATIC`, the default, Antom captures by itself and still
   * sends notifyCapture.) Capture within 7 days of the authorisation, before `authExpiryTime` as returned by
   * inquiryPayment; otherwise the authorisation lapses and the funds are released.
   *
   * `POST /v1/payments/capture`
   */
  capture(body: CaptureBody, options?: CaptureOptions): Promise<Results['capture']>;
  /**
   * Refund a payment
   *
   * Refunds all or part of a payment. Only a successful payment can be refunded: for cards, one whose capture
   * succeeded and that is not in a chargeback dispute. The refund must be in the payment's currency, at least
   * the minimum refund amount (normally the minimum payment amount) and at most what is still refundable;
   * several partial refunds are allowed while their total stays within the paid amount, where the payment method
   * supports them. Each method has its own refund window. When a payment was captured more than once, name the
   * capture to refund with `captureId`.
   *
   * `POST /v1/payments/refund`
   */
  refund(body: RefundBody, options?: RefundOptions): Promise<Results['refund']>;
  /**
   * Query the state of a refund
   *
   * Returns the current state of a refund. Identify it by `refundRequestId` (the merchant's ID, the one to use
   * when the refund call timed out before a `refundId` came back) or by `refundId`; when both are sent,
   * `refundId` wins.
   *
   * `POST /v1/payments/inquiryRefund`
   */
  inquiryRefund(body: InquiryRefundBody, options?: InquiryRefundOptions): Promise<Results['inquiryRefund']>;
  /**
   * Create a checkout session
   *
   * Creates a checkout session: Antom prepares the page or component on which the buyer pays, and answers with
   * what the front end needs to show it. One operation serves three integrations, chosen with `productScene`:
   *
   * `POST /v1/payments/createPaymentSession`
   */
  createPaymentSession(body: CreatePaymentSessionBody, options?: CreatePaymentSessionOptions): Promise<Results['createPaymentSession']>;
  /**
   * List the payment methods to offer
   *
   * Lists the payment methods the merchant may offer for an amount, a currency and the buyer's environment, with
   * their logos, limits, currencies and method-specific details. Antom selects and orders the methods, so methods
   * can be added or withdrawn without a code change on the merchant's side: show the enabled entries of
   * `paymentOptions` in the order returned, and hide the others or show them greyed out with their
   * `disableReason`.
   *
   * `POST /v1/payments/consult`
   */
  consult(body: ConsultBody, options?: ConsultOptions): Promise<Results['consult']>;
  /**
   * Accept a dispute
   *
   * Accepts a chargeback: the merchant takes liability, and the disputed amount (with the chargeback fee) is not
   * returned. Use it instead of defending when the buyer's claim is right or the amount does not justify a
   * defense. Accepting and defending exclude each other, and both are possible only until the `defenseDueTime`
   * of the dispute notification.
   *
   * `POST /v1/payments/acceptDispute`
   */
  acceptDispute(body: AcceptDisputeBody, options?: AcceptDisputeOptions): Promise<Results['acceptDispute']>;
  /**
   * Upload a defense document for a dispute
   *
   * Uploads the merchant's defense for a dispute: the evidence for a chargeback, or the documents a retrieval
   * request asks for. Start from the pre-filled template of downloadDisputeEvidence
   * (`DISPUTE_EVIDENCE_TEMPLATE`), complete it, and send the file Base64-encoded in `disputeEvidence`: at most
   * 1,000,000 characters of Base64, that is about 732 KiB of file. Antom expects DOC, DOCX or PDF, in English.
   *
   * `POST /v1/payments/supplyDefenseDocument`
   */
  supplyDefenseDocument(body: SupplyDefenseDocumentBody, options?: SupplyDefenseDocumentOptions): Promise<Results['supplyDefenseDocument']>;
  /**
   * Download the evidence template or the uploaded document
   *
   * Downloads a document of a dispute, Base64-encoded in `disputeEvidence`, with its file type in
   * `disputeEvidenceFormat` (`WORD`, `PDF`, `ZIP` or `JPG`):
   *
   * `POST /v1/payments/downloadDisputeEvidence`
   */
  downloadDisputeEvidence(body: DownloadDisputeEvidenceBody, options?: DownloadDisputeEvidenceOptions): Promise<Results['downloadDisputeEvidence']>;
}

/** Route of every operation, by operationId. */
export const operationRoutes = {
  pay: { operationId: 'pay', method: 'POST', path: '/v1/payments/pay', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  inquiryPayment: { operationId: 'inquiryPayment', method: 'POST', path: '/v1/payments/inquiryPayment', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  cancel: { operationId: 'cancel', method: 'POST', path: '/v1/payments/cancel', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  capture: { operationId: 'capture', method: 'POST', path: '/v1/payments/capture', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  refund: { operationId: 'refund', method: 'POST', path: '/v1/payments/refund', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  inquiryRefund: { operationId: 'inquiryRefund', method: 'POST', path: '/v1/payments/inquiryRefund', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  createPaymentSession: { operationId: 'createPaymentSession', method: 'POST', path: '/v1/payments/createPaymentSession', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  consult: { operationId: 'consult', method: 'POST', path: '/v1/payments/consult', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  acceptDispute: { operationId: 'acceptDispute', method: 'POST', path: '/v1/payments/acceptDispute', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  supplyDefenseDocument: { operationId: 'supplyDefenseDocument', method: 'POST', path: '/v1/payments/supplyDefenseDocument', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  downloadDisputeEvidence: { operationId: 'downloadDisputeEvidence', method: 'POST', path: '/v1/payments/downloadDisputeEvidence', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
} as const satisfies Record<string, OperationRoute>;

/** Binds every operation to a sender; `Results` states what the sender resolves to (`FetchResults` or `DataResults`). */
export function bindOperations<Results extends Record<keyof FetchResults, unknown> = FetchResults>(send: OperationSender): Operations<Results> {
  return {
    pay: (body, options) => send(operationRoutes.pay, body, options) as Promise<Results['pay']>,
    inquiryPayment: (body, options) => send(operationRoutes.inquiryPayment, body, options) as Promise<Results['inquiryPayment']>,
    cancel: (body, options) => send(operationRoutes.cancel, body, options) as Promise<Results['cancel']>,
    capture: (body, options) => send(operationRoutes.capture, body, options) as Promise<Results['capture']>,
    refund: (body, options) => send(operationRoutes.refund, body, options) as Promise<Results['refund']>,
    inquiryRefund: (body, options) => send(operationRoutes.inquiryRefund, body, options) as Promise<Results['inquiryRefund']>,
    createPaymentSession: (body, options) => send(operationRoutes.createPaymentSession, body, options) as Promise<Results['createPaymentSession']>,
    consult: (body, options) => send(operationRoutes.consult, body, options) as Promise<Results['consult']>,
    acceptDispute: (body, options) => send(operationRoutes.acceptDispute, body, options) as Promise<Results['acceptDispute']>,
    supplyDefenseDocument: (body, options) => send(operationRoutes.supplyDefenseDocument, body, options) as Promise<Results['supplyDefenseDocument']>,
    downloadDisputeEvidence: (body, options) => send(operationRoutes.downloadDisputeEvidence, body, options) as Promise<Results['downloadDisputeEvidence']>,
  };
}

/** Flattens one value into name/value pairs: objects as `name[key]`, arrays as `name[index]`, dates as ISO text. */
function appendPairs(append: (name: string, value: string | Blob) => void, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof Blob !== 'undefined' && value instanceof Blob) append(name, value);
  else if (value instanceof Date) append(name, value.toISOString());
  else if (Array.isArray(value)) value.forEach((item, index) => appendPairs(append, `${name}[${index}]`, item));
  else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) appendPairs(append, `${name}[${key}]`, item);
  else append(name, String(value));
}

/** `application/x-www-form-urlencoded` text of a body: top-level properties as fields, nested objects and arrays in bracket notation (`a[b]=1`, `a[0]=x`), as form-encoding APIs read them. */
export function formUrlEncoded(body: unknown): string {
  const pairs = new URLSearchParams();
  for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => pairs.append(key, typeof item === 'string' ? item : ''), name, value);
  return pairs.toString();
}

/** `multipart/form-data` of a body: a part per top-level property (a Blob as a file), nested values in bracket notation. */
export function multipartFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => form.append(key, item), name, value);
  return form;
}

/** True for `application/json` and the `…/…+json` family. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json') || essence.endsWith('/json');
}

/** The body as sent for its media type: JSON text, form fields, multipart parts, text, or binary (a Blob, ArrayBuffer, typed array or stream) as given. */
export function encodeBody(mediaType: string, body: unknown): unknown {
  if (isJsonMediaType(mediaType)) return JSON.stringify(body);
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/x-www-form-urlencoded') return formUrlEncoded(body);
  if (essence === 'multipart/form-data') return multipartFormData(body);
  if (essence.startsWith('text/')) return String(body);
  return body;
}

/** A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply. The body is encoded for the route's media type (multipart lets fetch write its boundary) and the success body read as JSON, text or a Blob according to the route's response media type. */
export function openapiFetchSender(client: Client<paths>): OperationSender {
  return (route, body, options) => {
    const { headers, ...rest } = (options ?? {}) as CallOptions & Record<string, unknown>;
    const media = route.requestMediaType;
    const contentType = media === undefined || media.toLowerCase().startsWith('multipart/form-data') ? {} : { 'Content-Type': media };
    const response = route.responseMediaType;
    const parseAs = response === undefined || isJsonMediaType(response) ? 'json' : response.toLowerCase().startsWith('text/') ? 'text' : 'blob';
    return client.request(route.method as never, route.path as never, {
      ...rest,
      body,
      headers: { ...contentType, ...headers },
      parseAs,
      bodySerializer: (value: unknown) => encodeBody(media ?? 'application/json', value),
    } as never);
  };
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's; results are openapi-fetch's `{ data, error, response }`. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(openapiFetchSender(raw)), raw };
}
