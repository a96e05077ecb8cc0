import type { ResultCodeEntry } from '../../generated/result-codes.ts';
import { lookupCancelResultCode, lookupCaptureResultCode, lookupInquiryRefundResultCode, lookupRefundResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { OutcomeBase } from './read-result.ts';
import { actionWithoutStatus, readResult, stringField } from './read-result.ts';

type Schemas = components['schemas'];
export type RefundResponse = Schemas['RefundResponse'];
export type CaptureResponse = Schemas['CaptureResponse'];
export type CancelResponse = Schemas['CancelResponse'];
export type InquiryRefundResponse = Schemas['InquiryRefundResponse'];

/** `S`: the request is done (refunded, captured or cancelled). */
export interface RequestDone extends OutcomeBase {
  readonly kind: 'done';
  readonly status: 'S';
}
/** `F`: refused; act on the code. Fixing the input means sending it again with a NEW request id. */
export interface RequestFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  readonly action: string;
}
/** `U` with the operation's in-process code: accepted, finishing later; wait for the notification or query it. */
export interface RequestInProcess extends OutcomeBase {
  readonly kind: 'in-process';
  readonly status: 'U';
  readonly action: string;
}
/**
 * Any other `U`, or no usable status: the outcome is unknown. Resend the identical request with the SAME request
 * id (it is the idempotency key, so a resend never doubles the effect).
 */
export interface RequestUnknown extends OutcomeBase {
  readonly kind: 'retry-same-id';
  readonly status: 'U' | 'missing';
  readonly action: string;
}

export type RequestOutcome = RequestDone | RequestFailed | RequestInProcess | RequestUnknown;
/** refund: `done` means refunded (wallets refund at once); `in-process` is REFUND_IN_PROCESS. */
export type RefundOutcome = RequestOutcome;
/** capture: `done` means captured; `in-process` is CAPTURE_IN_PROCESS. */
export type CaptureOutcome = RequestOutcome;
/** cancel: no in-process code exists, so `U` is always `retry-same-id`. */
export type CancelOutcome = RequestDone | RequestFailed | RequestUnknown;

function interpretRequest(data: unknown, lookup: (code: string) => ResultCodeEntry, inProcessCode: string | undefined, resend: string): RequestOutcome {
  const { code, entry, message, status } = readResult(data, lookup);
  const base = { code, entry, message };
  switch (status) {
    case 'S':
      return { kind: 'done', status, ...base };
    case 'F':
      return { kind: 'failed', status, ...base, action: entry.action };
    case 'U':
      if (inProcessCode !== undefined && code === inProcessCode) return { kind: 'in-process', status, ...base, action: entry.action };
      return { kind: 'retry-same-id', status, ...base, action: entry.known ? entry.action : resend };
    case undefined:
      return { kind: 'retry-same-id', status: 'missing', ...base, action: actionWithoutStatus(entry, resend) };
  }
}

/** refund's S/F/U branches (REFUND_IN_PROCESS means accepted, final result via notifyRefund or inquiryRefund). Never throws. */
export function interpretRefundResult(data: RefundResponse): RefundOutcome {
  return interpretRequest(data, lookupRefundResultCode, 'REFUND_IN_PROCESS', 'Outcome unknown: resend the identical refund with the same refundRequestId, or check it with inquiryRefund.');
}

/** capture's S/F/U branches (CAPTURE_IN_PROCESS means accepted, final result via notifyCapture or inquiryPayment). Never throws. */
export function interpretCaptureResult(data: CaptureResponse): CaptureOutcome {
  return interpretRequest(data, lookupCaptureResultCode, 'CAPTURE_IN_PROCESS', 'Outcome unknown: resend the identical capture with the same captureRequestId, or check inquiryPayment.transactions.');
}

/** cancel's S/F/U branches; on `U` resend the identical cancel (escalate to Antom after three in a row). Never throws. */
export function interpretCancelResult(data: CancelResponse): CancelOutcome {
  return interpretRequest(data, lookupCancelResultCode, undefined, 'Outcome unknown: resend the identical cancel with the same IDs; contact Antom after three unknown answers.') as CancelOutcome;
}

export type RefundStatus = 'SUCCESS' | 'FAIL' | 'PROCESSING';

/** inquiryRefund's answer: the refund's state when the inquiry worked, else why there is none. Never throws. */
export type InquiryRefundOutcome =
  | (OutcomeBase & { readonly kind: 'refunded' | 'refund-failed' | 'refund-processing'; readonly refundStatus: RefundStatus; readonly refundId: string | undefined; readonly action: string })
  | (OutcomeBase & { readonly kind: 'query-failed' | 'query-unknown'; readonly action: string });

const REFUND_NEXT: Record<RefundStatus, { kind: 'refunded' | 'refund-failed' | 'refund-processing'; action: string }> = {
  SUCCESS: { kind: 'refunded', action: 'Refunded: record it once (notifyRefund may report the same refund).' },
  FAIL: { kind: 'refund-failed', action: 'The refund failed for good; a new refund needs a new refundRequestId.' },
  PROCESSING: { kind: 'refund-processing', action: 'Still processing: wait for notifyRefund or query again later.' },
};

export function interpretInquiryRefund(data: InquiryRefundResponse): InquiryRefundOutcome {
  const { code, entry, message, status } = readResult(data, lookupInquiryRefundResultCode);
  const base = { code, entry, message };
  if (status === 'F') return { kind: 'query-failed', ...base, action: entry.action };
  const refundStatus = stringField(data, 'refundStatus');
  if (status !== 'S' || refundStatus === undefined || !Object.hasOwn(REFUND_NEXT, refundStatus)) {
    const again = 'No refund state in this answer: query again later with the same IDs.';
    return { kind: 'query-unknown', ...base, action: status === 'U' ? entry.action : status === undefined ? actionWithoutStatus(entry, again) : again };
  }
  const next = REFUND_NEXT[refundStatus as RefundStatus];
  return { ...base, kind: next.kind, refundStatus: refundStatus as RefundStatus, refundId: stringField(data, 'refundId'), action: next.action };
}
