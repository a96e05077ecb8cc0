// The lifecycle interpreters against every per-code response example the spec generates (the same bodies the mock
// serves), plus the branches a table cannot show: states, unknown codes, broken bodies.
import { describe, expect, it } from 'vitest';
import { cancelResultCodes, captureResultCodes, commonResultCodes, payResultCodes, refundResultCodes } from '../../generated/result-codes.ts';
import { interpretInquiryPayment } from '../../src/result/inquiry-payment.ts';
import type { InquiryPaymentResponse } from '../../src/result/inquiry-payment.ts';
import { interpretCancelResult, interpretCaptureResult, interpretInquiryRefund, interpretRefundResult } from '../../src/result/lifecycle.ts';
import type { InquiryRefundResponse, RefundResponse } from '../../src/result/lifecycle.ts';
import { examplesOf } from './helpers/spec-examples.ts';

const result = (resultCode: string, resultStatus: string) => ({ result: { resultCode, resultStatus } });

describe.each([
  { op: 'refund', path: '/v1/payments/refund', table: refundResultCodes, interpret: interpretRefundResult, inProcess: 'REFUND_IN_PROCESS' },
  { op: 'capture', path: '/v1/payments/capture', table: captureResultCodes, interpret: interpretCaptureResult, inProcess: 'CAPTURE_IN_PROCESS' },
  { op: 'cancel', path: '/v1/payments/cancel', table: cancelResultCodes, interpret: interpretCancelResult, inProcess: undefined },
] as const)('$op result logic', ({ path, table, interpret, inProcess }) => {
  const examples = examplesOf(path);
  it('has one example per code it can answer (own, then gateway-wide), each taken to the branch its status and code require', () => {
    const rows = { ...commonResultCodes, ...table };
    expect(Object.keys(examples).sort()).toEqual(Object.keys(rows).sort());
    for (const [code, row] of Object.entries(rows)) {
      const outcome = interpret(examples[code]!.value as never);
      const want = row.status === 'S' ? 'done' : row.status === 'F' ? 'failed' : code === inProcess ? 'in-process' : 'retry-same-id';
      expect(outcome.kind, code).toBe(want);
      expect(outcome.code).toBe(code);
      expect(outcome.entry).toEqual({ ...row, code, known: true });
    }
  });
  it('resends with the same id on an unlisted U, a missing status or a missing result', () => {
    expect(interpret(result('SOMETHING_NEW', 'U') as never)).toMatchObject({ kind: 'retry-same-id', status: 'U', entry: { known: false } });
    expect(interpret(result('SUCCESS', 'X') as never)).toMatchObject({ kind: 'retry-same-id', status: 'missing' });
    expect(interpret({} as never)).toMatchObject({ kind: 'retry-same-id', status: 'missing', code: '' });
    expect(interpret(null as never).kind).toBe('retry-same-id');
  });
  it('keeps an unlisted F a failure with the table fallback', () => {
    expect(interpret(result('SOMETHING_NEW', 'F') as never)).toMatchObject({ kind: 'failed', entry: { known: false } });
  });
});

const KIND_OF_STATUS: Record<string, string> = { SUCCESS: 'success', FAIL: 'failed', PROCESSING: 'processing', PENDING: 'pending', CANCELLED: 'cancelled' };

describe('interpretInquiryPayment', () => {
  const base = (paymentStatus: string) => ({ ...result('SUCCESS', 'S'), paymentStatus, paymentId: 'p1', paymentRequestId: 'r1' }) as InquiryPaymentResponse;
  it.each([
    ['SUCCESS', 'success'],
    ['FAIL', 'failed'],
    ['PROCESSING', 'processing'],
    ['PENDING', 'pending'],
    ['CANCELLED', 'cancelled'],
  ])('paymentStatus %s → %s, with the ids and an action', (status, kind) => {
    const outcome = interpretInquiryPayment(base(status));
    expect(outcome).toMatchObject({ kind, paymentStatus: status, paymentId: 'p1', paymentRequestId: 'r1' });
    expect(outcome.action.length).toBeGreaterThan(10);
  });
  it('reads why a payment failed and when it succeeded', () => {
    expect(interpretInquiryPayment({ ...base('FAIL'), paymentResultCode: 'USER_BALANCE_NOT_ENOUGH' })).toMatchObject({ paymentResultCode: 'USER_BALANCE_NOT_ENOUGH' });
    expect(interpretInquiryPayment({ ...base('SUCCESS'), paymentTime: '2024-12-01T08:16:00+08:00' })).toMatchObject({ paymentTime: '2024-12-01T08:16:00+08:00' });
  });
  it("explains a failed payment with pay's row of its paymentResultCode, not with the inquiry's SUCCESS", () => {
    const outcome = interpretInquiryPayment({ ...base('FAIL'), paymentResultCode: 'USER_BALANCE_NOT_ENOUGH', paymentResultMessage: 'balance low' });
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.code).toBe('SUCCESS');
    expect(outcome.paymentResult).toEqual({ ...payResultCodes.USER_BALANCE_NOT_ENOUGH, code: 'USER_BALANCE_NOT_ENOUGH', known: true });
    expect(outcome.action).toContain(payResultCodes.USER_BALANCE_NOT_ENOUGH.action);
    expect(outcome.action).toContain('USER_BALANCE_NOT_ENOUGH');
    expect(outcome.paymentResultMessage).toBe('balance low');
  });
  it('reads a gateway-wide paymentResultCode through the gateway-wide table, and an unknown or missing one as unknown', () => {
    const gateway = interpretInquiryPayment({ ...base('FAIL'), paymentResultCode: 'INVALID_CLIENT_STATUS' });
    expect(gateway.kind === 'failed' && gateway.paymentResult).toMatchObject({ code: 'INVALID_CLIENT_STATUS', known: true, action: commonResultCodes.INVALID_CLIENT_STATUS.action });
    const unknown = interpretInquiryPayment({ ...base('FAIL'), paymentResultCode: 'BRAND_NEW' });
    expect(unknown.kind === 'failed' && unknown.paymentResult).toMatchObject({ code: 'BRAND_NEW', known: false });
    // The generic row's advice to query the payment does not apply to a payment known to have failed.
    expect(unknown.action).not.toMatch(/query/i);
    const none = interpretInquiryPayment(base('FAIL'));
    expect(none.kind === 'failed' && none.paymentResult).toMatchObject({ code: '', known: false });
    expect(none.action).toBe(unknown.action);
  });
  it('takes every generated example to a branch matching its status', () => {
    for (const [code, { value }] of Object.entries(examplesOf('/v1/payments/inquiryPayment'))) {
      const data = value as InquiryPaymentResponse;
      const kind = interpretInquiryPayment(data).kind;
      if (data.result.resultStatus === 'F') expect(kind, code).toBe('query-failed');
      else if (data.result.resultStatus === 'U') expect(kind, code).toBe('query-unknown');
      else expect(kind, code).toBe(KIND_OF_STATUS[String(data.paymentStatus)]);
    }
  });
  it('never trusts a payment state the inquiry did not vouch for', () => {
    expect(interpretInquiryPayment({ ...result('ORDER_NOT_EXIST', 'F'), paymentStatus: 'SUCCESS' } as InquiryPaymentResponse).kind).toBe('query-failed');
    expect(interpretInquiryPayment({ ...result('UNKNOWN_EXCEPTION', 'U'), paymentStatus: 'SUCCESS' } as InquiryPaymentResponse).kind).toBe('query-unknown');
    expect(interpretInquiryPayment(base('SETTLED')).kind).toBe('query-unknown');
    expect(interpretInquiryPayment(base('toString')).kind).toBe('query-unknown');
    expect(interpretInquiryPayment(result('SUCCESS', 'S') as InquiryPaymentResponse).kind).toBe('query-unknown');
    expect(interpretInquiryPayment(undefined as never).kind).toBe('query-unknown');
  });
});

describe('interpretInquiryRefund', () => {
  const base = (refundStatus: string) => ({ ...result('SUCCESS', 'S'), refundStatus, refundId: 'rf1' }) as InquiryRefundResponse;
  it.each([
    ['SUCCESS', 'refunded'],
    ['FAIL', 'refund-failed'],
    ['PROCESSING', 'refund-processing'],
  ])('refundStatus %s → %s', (status, kind) => {
    expect(interpretInquiryRefund(base(status))).toMatchObject({ kind, refundStatus: status, refundId: 'rf1' });
  });
  it('reports a failed or unknown inquiry, not a refund state', () => {
    expect(interpretInquiryRefund({ ...result('ORDER_NOT_EXIST', 'F'), refundStatus: 'SUCCESS' } as InquiryRefundResponse).kind).toBe('query-failed');
    expect(interpretInquiryRefund(base('hasOwnProperty')).kind).toBe('query-unknown');
    expect(interpretInquiryRefund({} as InquiryRefundResponse).kind).toBe('query-unknown');
  });
});

it('refund REFUND_IN_PROCESS tells the merchant to wait, not to resend', () => {
  const outcome = interpretRefundResult(result('REFUND_IN_PROCESS', 'U') as RefundResponse);
  expect(outcome.kind).toBe('in-process');
});
