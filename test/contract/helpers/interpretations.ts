// The interpretation helpers src/ exports, keyed by the operationId whose answers they read (every operation with a
// result table has one), each with the branch the operation's result logic requires for a table row. The expected branch is worked out here from the row's status
// (and, where the logic says so, from one field of the answer), independently of src/result/*.ts.
import {
  CONTINUATION_URL_FIELDS,
  MAX_DISPUTE_EVIDENCE_CHARS,
  interpretAcceptDispute,
  interpretCancelResult,
  interpretCaptureResult,
  interpretConsult,
  interpretDisputeEvidence,
  interpretInquiryPayment,
  interpretInquiryRefund,
  interpretPayResult,
  interpretPaymentSession,
  interpretRefundResult,
  interpretSupplyDefenseDocument,
} from '../../../src/index.ts';
import type {
  AcceptDisputeResponse,
  CancelResponse,
  CaptureResponse,
  ConsultResponse,
  CreatePaymentSessionResponse,
  DownloadDisputeEvidenceResponse,
  InquiryPaymentResponse,
  InquiryRefundResponse,
  PayResponse,
  RefundResponse,
  SupplyDefenseDocumentResponse,
} from '../../../src/index.ts';
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

/** S, F and U of the checkout and dispute operations: F codes with a kind of their own, S decided by the answer. */
const outcomeKind =
  (success: (data: Record<string, unknown>) => string, refusals: Record<string, string> = {}) =>
  (row: ResultCodeRow, data: Record<string, unknown>): string => {
    if (row.status === 'S') return success(data);
    if (row.status === 'F') return refusals[row.code] ?? 'failed';
    return 'retry';
  };
const text = (value: unknown): boolean => typeof value === 'string' && value !== '';
const DISPUTE_REFUSALS = { REPEAT_REQUEST: 'already-handled', TIME_EXCEEDS_LIMIT: 'deadline-passed' };
/** A listed method is enabled when Antom says "true" (the wire's text) or true. */
const anyEnabled = (data: Record<string, unknown>): boolean =>
  Array.isArray(data.paymentOptions) && data.paymentOptions.some((option: { enabled?: unknown } | null) => option?.enabled === 'true' || option?.enabled === true);
/** Decodable evidence: Base64 whose bytes encode back to the same text (line breaks aside), within the API's length. */
function decodableEvidence(data: Record<string, unknown>): boolean {
  const evidence = data.disputeEvidence;
  if (typeof evidence !== 'string' || evidence === '' || evidence.length > MAX_DISPUTE_EVIDENCE_CHARS) return false;
  const compact = evidence.replace(/[\r\n]/g, '');
  return Buffer.from(compact, 'base64').toString('base64') === compact;
}

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
  createPaymentSession: {
    helper: 'interpretPaymentSession',
    interpret: (data) => interpretPaymentSession(data as CreatePaymentSessionResponse),
    expectedKind: outcomeKind((data) => (text(data.normalUrl) || text(data.paymentSessionData) ? 'created' : 'created-without-data')),
  },
  consult: {
    helper: 'interpretConsult',
    interpret: (data) => interpretConsult(data as ConsultResponse),
    expectedKind: outcomeKind((data) => (anyEnabled(data) ? 'options' : 'no-pay-options'), { NO_PAY_OPTIONS: 'no-pay-options', CURRENCY_NOT_SUPPORT: 'currency-not-supported' }),
  },
  acceptDispute: {
    helper: 'interpretAcceptDispute',
    interpret: (data) => interpretAcceptDispute(data as AcceptDisputeResponse),
    expectedKind: outcomeKind(() => 'accepted', DISPUTE_REFUSALS),
  },
  supplyDefenseDocument: {
    helper: 'interpretSupplyDefenseDocument',
    interpret: (data) => interpretSupplyDefenseDocument(data as SupplyDefenseDocumentResponse),
    expectedKind: outcomeKind(() => 'submitted', { ...DISPUTE_REFUSALS, DEFENSE_EXCEED_LIMIT: 'submission-limit-reached', NOT_ALLOW_IN_CURRENT_STATUS: 'validation-pending' }),
  },
  downloadDisputeEvidence: {
    helper: 'interpretDisputeEvidence',
    interpret: (data) => interpretDisputeEvidence(data as DownloadDisputeEvidenceResponse),
    expectedKind: outcomeKind((data) => (decodableEvidence(data) ? 'file' : 'invalid-file')),
  },
};

/** The helper for an operation, if src/ has one. */
export function interpretationOf(operationId: string): Interpretation | undefined {
  return Object.hasOwn(INTERPRETATIONS, operationId) ? INTERPRETATIONS[operationId] : undefined;
}
