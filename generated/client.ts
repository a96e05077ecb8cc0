// Generated from spec/openapi.yaml (Antom Checkout Payment lifecycle 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchResponse, ParamsOption } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Method, path template and call shape (body first, or options only) of one operation. */
export interface OperationRoute {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path template relative to the base URL, e.g. `/items/{id}`. */
  readonly path: string;
  readonly hasBody: boolean;
}

/** Per-call options every operation takes besides its `params`. */
export interface CallOptions {
  /** Cancels the call, including any retry still to come. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Carries one call to the server and resolves to `{ data, error, response }`, as openapi-fetch does. */
export type OperationSender = (route: OperationRoute, body: unknown, options: unknown) => Promise<unknown>;

/** The `pay` operation (POST /v1/payments/pay). */
export type PayOperation = paths['/v1/payments/pay']['post'];

/** Request body of `pay`. */
export type PayBody = NonNullable<PayOperation['requestBody']>['content']['application/json'];

/** Per-call options of `pay`: its parameters, extra headers and an AbortSignal. */
export type PayOptions = CallOptions & ParamsOption<PayOperation>;

/** What `pay` resolves to: `{ data, error, response }`. */
export type PayResult = FetchResponse<PayOperation, PayOptions, 'application/json'>;

/** The `inquiryPayment` operation (POST /v1/payments/inquiryPayment). */
export type InquiryPaymentOperation = paths['/v1/payments/inquiryPayment']['post'];

/** Request body of `inquiryPayment`. */
export type InquiryPaymentBody = NonNullable<InquiryPaymentOperation['requestBody']>['content']['application/json'];

/** Per-call options of `inquiryPayment`: its parameters, extra headers and an AbortSignal. */
export type InquiryPaymentOptions = CallOptions & ParamsOption<InquiryPaymentOperation>;

/** What `inquiryPayment` resolves to: `{ data, error, response }`. */
export type InquiryPaymentResult = FetchResponse<InquiryPaymentOperation, InquiryPaymentOptions, 'application/json'>;

/** The `cancel` operation (POST /v1/payments/cancel). */
export type CancelOperation = paths['/v1/payments/cancel']['post'];

/** Request body of `cancel`. */
export type CancelBody = NonNullable<CancelOperation['requestBody']>['content']['application/json'];

/** Per-call options of `cancel`: its parameters, extra headers and an AbortSignal. */
export type CancelOptions = CallOptions & ParamsOption<CancelOperation>;

/** What `cancel` resolves to: `{ data, error, response }`. */
export type CancelResult = FetchResponse<CancelOperation, CancelOptions, 'application/json'>;

/** The `capture` operation (POST /v1/payments/capture). */
export type CaptureOperation = paths['/v1/payments/capture']['post'];

/** Request body of `capture`. */
export type CaptureBody = NonNullable<CaptureOperation['requestBody']>['content']['application/json'];

/** Per-call options of `capture`: its parameters, extra headers and an AbortSignal. */
export type CaptureOptions = CallOptions & ParamsOption<CaptureOperation>;

/** What `capture` resolves to: `{ data, error, response }`. */
export type CaptureResult = FetchResponse<CaptureOperation, CaptureOptions, 'application/json'>;

/** The `refund` operation (POST /v1/payments/refund). */
export type RefundOperation = paths['/v1/payments/refund']['post'];

/** Request body of `refund`. */
export type RefundBody = NonNullable<RefundOperation['requestBody']>['content']['application/json'];

/** Per-call options of `refund`: its parameters, extra headers and an AbortSignal. */
export type RefundOptions = CallOptions & ParamsOption<RefundOperation>;

/** What `refund` resolves to: `{ data, error, response }`. */
export type RefundResult = FetchResponse<RefundOperation, RefundOptions, 'application/json'>;

/** The `inquiryRefund` operation (POST /v1/payments/inquiryRefund). */
export type InquiryRefundOperation = paths['/v1/payments/inquiryRefund']['post'];

/** Request body of `inquiryRefund`. */
export type InquiryRefundBody = NonNullable<InquiryRefundOperation['requestBody']>['content']['application/json'];

/** Per-call options of `inquiryRefund`: its parameters, extra headers and an AbortSignal. */
export type InquiryRefundOptions = CallOptions & ParamsOption<InquiryRefundOperation>;

/** What `inquiryRefund` resolves to: `{ data, error, response }`. */
export type InquiryRefundResult = FetchResponse<InquiryRefundOperation, InquiryRefundOptions, 'application/json'>;

/** One function per operationId of the spec. */
export interface Operations {
  /**
   * Create a checkout payment
   *
   * Creates a payment and returns where to send the buyer to pay: one or more of `applinkUrl`,
   * `normalUrl` and `schemeUrl` (plus `appIdentifier` for Android apps), or `paymentData` for merchants that
   * render the cashier with Antom's client SDK.
   *
   * `POST /v1/payments/pay`
   */
  pay(body: PayBody, options?: PayOptions): Promise<PayResult>;
  /**
   * Query the state of a payment
   *
   * Returns the current state of a payment created with pay. Identify it by `paymentRequestId` (the merchant's
   * own ID, usable even when the pay call timed out before Antom answered) or by `paymentId`; when both are sent,
   * `paymentId` wins.
   *
   * `POST /v1/payments/inquiryPayment`
   */
  inquiryPayment(body: InquiryPaymentBody, options?: InquiryPaymentOptions): Promise<InquiryPaymentResult>;
  /**
   * Cancel a payment
   *
   * Cancels (closes) a whole payment; there is no partial cancellation. Identify the payment by `paymentId` or
   * `paymentRequestId`; when both are sent, `paymentId` wins.
   *
   * `POST /v1/payments/cancel`
   */
  cancel(body: CancelBody, options?: CancelOptions): Promise<CancelResult>;
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
  capture(body: CaptureBody, options?: CaptureOptions): Promise<CaptureResult>;
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
  refund(body: RefundBody, options?: RefundOptions): Promise<RefundResult>;
  /**
   * Query the state of a refund
   *
   * Returns the current state of a refund. Identify it by `refundRequestId` (the merchant's ID, the one to use
   * when the refund call timed out before a `refundId` came back) or by `refundId`; when both are sent,
   * `refundId` wins.
   *
   * `POST /v1/payments/inquiryRefund`
   */
  inquiryRefund(body: InquiryRefundBody, options?: InquiryRefundOptions): Promise<InquiryRefundResult>;
}

/** Route of every operation, by operationId. */
export const operationRoutes = {
  pay: { operationId: 'pay', method: 'POST', path: '/v1/payments/pay', hasBody: true },
  inquiryPayment: { operationId: 'inquiryPayment', method: 'POST', path: '/v1/payments/inquiryPayment', hasBody: true },
  cancel: { operationId: 'cancel', method: 'POST', path: '/v1/payments/cancel', hasBody: true },
  capture: { operationId: 'capture', method: 'POST', path: '/v1/payments/capture', hasBody: true },
  refund: { operationId: 'refund', method: 'POST', path: '/v1/payments/refund', hasBody: true },
  inquiryRefund: { operationId: 'inquiryRefund', method: 'POST', path: '/v1/payments/inquiryRefund', hasBody: true },
} as const satisfies Record<string, OperationRoute>;

/** Binds every operation to a sender. */
export function bindOperations(send: OperationSender): Operations {
  return {
    pay: (body, options) => send(operationRoutes.pay, body, options) as Promise<PayResult>,
    inquiryPayment: (body, options) => send(operationRoutes.inquiryPayment, body, options) as Promise<InquiryPaymentResult>,
    cancel: (body, options) => send(operationRoutes.cancel, body, options) as Promise<CancelResult>,
    capture: (body, options) => send(operationRoutes.capture, body, options) as Promise<CaptureResult>,
    refund: (body, options) => send(operationRoutes.refund, body, options) as Promise<RefundResult>,
    inquiryRefund: (body, options) => send(operationRoutes.inquiryRefund, body, options) as Promise<InquiryRefundResult>,
  };
}

/** A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply. */
export function openapiFetchSender(client: Client<paths>): OperationSender {
  return (route, body, options) => client.request(route.method as never, route.path as never, { ...(options as object), body } as never);
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(openapiFetchSender(raw)), raw };
}
