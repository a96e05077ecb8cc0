// The interpretation helpers src/ exports, keyed by the operationId whose answers they read, each with the branch the
// seed's result-process logic requires for a table row. The expected branch is worked out here from the row's status
// (and, where the logic says so, from one field of the answer), independently of src/result/*.ts.
import {
  CONTINUATION_URL_FIELDS,
  interpretCancelResult,
  interpretCaptureResult,
  interpretInquiryPayment,
  interpretInquiryRefund,
  interpretPayResult,
  interpretRefundResult,
} from '../../../src/index.ts';
import type { CancelResponse, CaptureResponse, InquiryPaymentResponse, InquiryRefundResponse, PayResponse, RefundResponse } from '../../../src/index.ts';
import type { ResultCodeRow } from './spec.ts';

export interface Interpretation {
  /** Name of the exported helper, for test titles. */
  helper: string;
  /** The helper's verdict on an answer, with the generated table entry it looked up. */
  interpret(data: unknown): { kind: string; code: string; entry: { known: boolean; status: string; message: string; action: string } };
  /** The branch the logic requires for `row`, given the answer that carries it. */
  expectedKind(row: ResultCodeRow, data: Record<string, unknown>): string;
}

/** pay: S success, F failed; U is a redirect only for PAYMENT_IN_PROCESS with a cashier URL, else a new paymentRequestId. */
function payKind(row: ResultCodeRow, data: Record<string, unknown>): string {
  if (row.status === 'S') return 'success';
  if (row.status === 'F') return 'failed';
  const hasUrl = CONTINUATION_URL_FIELDS.some((field) => typeof data[field] === 'string' && data[field] !== '');
  return row.code === 'PAYMENT_IN_PROCESS' && hasUrl ? 'redirect' : 'retry-with-new-id';
}

/** refund / capture / cancel: S done, F failed; U is in-process for the operation's own in-process code, else resend with the same id. */
const requestKind =
  (inProcessCode: string | undefined) =>
  (row: ResultCodeRow): string => {
    if (row.status === 'S') return 'done';
    if (row.status === 'F') return 'failed';
    return row.code === inProcessCode ? 'in-process' : 'retry-same-id';
  };

/** Inquiries: the table's status says whether the query worked; only an S answer's state field picks the state branch. */
const inquiryKind =
  (stateField: string, kinds: Record<string, string>) =>
  (row: ResultCodeRow, data: Record<string, unknown>): string => {
    if (row.status === 'F') return 'query-failed';
    const state = data[stateField];
    if (row.status === 'U' || typeof state !== 'string') return 'query-unknown';
    return kinds[state] ?? 'query-unknown';
  };

const PAYMENT_STATE_KINDS = { SUCCESS: 'success', FAIL: 'failed', PROCESSING: 'processing', PENDING: 'pending', CANCELLED: 'cancelled' };
const REFUND_STATE_KINDS = { SUCCESS: 'refunded', FAIL: 'refund-failed', PROCESSING: 'refund-processing' };

export const INTERPRETATIONS: Readonly<Record<string, Interpretation>> = {
  pay: { helper: 'interpretPayResult', interpret: (data) => interpretPayResult(data as PayResponse), expectedKind: payKind },
  inquiryPayment: {
    helper: 'interpretInquiryPayment',
    interpret: (data) => interpretInquiryPayment(data as InquiryPaymentResponse),
    expectedKind: inquiryKind('paymentStatus', PAYMENT_STATE_KINDS),
  },
  refund: { helper: 'interpretRefundResult', interpret: (data) => interpretRefundResult(data as RefundResponse), expectedKind: requestKind('REFUND_IN_PROCESS') },
  capture: { helper: 'interpretCaptureResult', interpret: (data) => interpretCaptureResult(data as CaptureResponse), expectedKind: requestKind('CAPTURE_IN_PROCESS') },
  cancel: { helper: 'interpretCancelResult', interpret: (data) => interpretCancelResult(data as CancelResponse), expectedKind: requestKind(undefined) },
  inquiryRefund: {
    helper: 'interpretInquiryRefund',
    interpret: (data) => interpretInquiryRefund(data as InquiryRefundResponse),
    expectedKind: inquiryKind('refundStatus', REFUND_STATE_KINDS),
  },
};

/** The helper for an operation, if src/ has one. */
export function interpretationOf(operationId: string): Interpretation | undefined {
  return Object.hasOwn(INTERPRETATIONS, operationId) ? INTERPRETATIONS[operationId] : undefined;
}
