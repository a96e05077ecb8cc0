import type { ResultCodeEntry } from '../../generated/result-codes.ts';
import { lookupInquiryPaymentResultCode, lookupPayResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { OutcomeBase } from './read-result.ts';
import { actionWithoutStatus, readResult, stringField } from './read-result.ts';

export type InquiryPaymentResponse = components['schemas']['InquiryPaymentResponse'];
/** The payment states this version knows; the spec's list is open (Antom may add states), read as `query-unknown`. */
export type PaymentStatus = 'SUCCESS' | 'FAIL' | 'PROCESSING' | 'PENDING' | 'CANCELLED';

interface PaymentStateBase extends OutcomeBase {
  readonly paymentId: string | undefined;
  readonly paymentRequestId: string | undefined;
  /** What to do next, in this toolkit's words. */
  readonly action: string;
}

/** The payment succeeded: fulfil the order (once: notifications and inquiries may both report it). */
export interface PaymentSucceeded extends PaymentStateBase {
  readonly kind: 'success';
  readonly paymentStatus: 'SUCCESS';
  readonly paymentTime: string | undefined;
}
/**
 * The payment failed for good; a new attempt needs a new paymentRequestId. `code` and `entry` are the inquiry's own
 * result (it worked); why the payment failed is `paymentResultCode`, read through pay's table in `paymentResult`.
 */
export interface PaymentFailed extends PaymentStateBase {
  readonly kind: 'failed';
  readonly paymentStatus: 'FAIL';
  /** Why it failed, from the payment-result code Antom returned. */
  readonly paymentResultCode: string | undefined;
  readonly paymentResultMessage: string | undefined;
  /**
   * `paymentResultCode` looked up as pay answers it: pay's own row, else the gateway-wide one (`known: false`, with
   * `code: ''` when Antom sent none). `action` already includes its action when it is known.
   */
  readonly paymentResult: ResultCodeEntry;
}
/** The buyer has not finished paying yet: wait for notifyPayment or query again later (cancel to stop it). */
export interface PaymentProcessing extends PaymentStateBase {
  readonly kind: 'processing';
  readonly paymentStatus: 'PROCESSING';
}
/** The buyer has finished but the final result is still to come: wait; do not cancel or pay again. */
export interface PaymentPending extends PaymentStateBase {
  readonly kind: 'pending';
  readonly paymentStatus: 'PENDING';
}
/** The payment was cancelled (closed); it can no longer be paid. */
export interface PaymentCancelled extends PaymentStateBase {
  readonly kind: 'cancelled';
  readonly paymentStatus: 'CANCELLED';
}
/** The inquiry itself failed (`F`), e.g. ORDER_NOT_EXIST: the payment's state is not known from this answer. */
export interface PaymentQueryFailed extends OutcomeBase {
  readonly kind: 'query-failed';
  readonly action: string;
}
/** No usable answer (`U`, a missing status, or `S` without a known paymentStatus): query again later. */
export interface PaymentQueryUnknown extends OutcomeBase {
  readonly kind: 'query-unknown';
  readonly action: string;
}

export type InquiryPaymentOutcome =
  | PaymentSucceeded
  | PaymentFailed
  | PaymentProcessing
  | PaymentPending
  | PaymentCancelled
  | PaymentQueryFailed
  | PaymentQueryUnknown;

const NEXT: Record<PaymentStatus, string> = {
  SUCCESS: 'Paid: fulfil the order once (a notification may report the same payment).',
  FAIL: 'Not paid and final: close the order; a new attempt needs a new paymentRequestId.',
  PROCESSING: 'The buyer has not paid yet: wait for notifyPayment or query again later; cancel to stop the payment.',
  PENDING: 'The buyer has finished and the result is on its way: wait for notifyPayment or query again; do not pay again.',
  CANCELLED: 'Cancelled and final: do not fulfil; a new attempt needs a new paymentRequestId.',
};

const QUERY_AGAIN = 'No payment state in this answer: query again later with the same IDs.';

/**
 * inquiryPayment's answer as a discriminated union on the payment's state. `result` only says whether the inquiry
 * worked; when it did (`S`), `paymentStatus` decides the branch. Never throws.
 */
export function interpretInquiryPayment(data: InquiryPaymentResponse): InquiryPaymentOutcome {
  const { code, entry, message, status } = readResult(data, lookupInquiryPaymentResultCode);
  const base = { code, entry, message };
  if (status === 'F') return { kind: 'query-failed', ...base, action: entry.action };
  const paymentStatus = stringField(data, 'paymentStatus');
  if (status !== 'S' || paymentStatus === undefined || !Object.hasOwn(NEXT, paymentStatus)) {
    return { kind: 'query-unknown', ...base, action: status === 'U' ? entry.action : status === undefined ? actionWithoutStatus(entry, QUERY_AGAIN) : QUERY_AGAIN };
  }
  const state = {
    ...base,
    paymentId: stringField(data, 'paymentId'),
    paymentRequestId: stringField(data, 'paymentRequestId'),
    action: NEXT[paymentStatus as PaymentStatus],
  };
  switch (paymentStatus as PaymentStatus) {
    case 'SUCCESS':
      return { kind: 'success', paymentStatus: 'SUCCESS', ...state, paymentTime: stringField(data, 'paymentTime') };
    case 'FAIL': {
      const paymentResultCode = stringField(data, 'paymentResultCode');
      const paymentResult = lookupPayResultCode(paymentResultCode ?? '');
      return {
        kind: 'failed',
        paymentStatus: 'FAIL',
        ...state,
        action: paymentResult.known ? `${state.action} Why (${paymentResult.code}): ${paymentResult.action}` : state.action,
        paymentResultCode,
        paymentResultMessage: stringField(data, 'paymentResultMessage'),
        paymentResult,
      };
    }
    case 'PROCESSING':
      return { kind: 'processing', paymentStatus: 'PROCESSING', ...state };
    case 'PENDING':
      return { kind: 'pending', paymentStatus: 'PENDING', ...state };
    case 'CANCELLED':
      return { kind: 'cancelled', paymentStatus: 'CANCELLED', ...state };
  }
}
