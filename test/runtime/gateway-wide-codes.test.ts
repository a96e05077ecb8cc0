// The gateway-wide result codes (spec/result-codes/common.yaml) through every operation's lookups and every
// interpreter: a configuration error such as INVALID_SIGNATURE is a known code of every operation, with an action
// that says what to check, and no interpreter answers it with "query the payment".
import { describe, expect, it } from 'vitest';
import type { ResultCodeOperationId } from '../../generated/result-codes.ts';
import { commonResultCodes, isResultCode, lookupCommonResultCode, lookupResultCode, resultCodeTables } from '../../generated/result-codes.ts';
import {
  interpretAcceptDispute,
  interpretCancelResult,
  interpretCaptureResult,
  interpretConsult,
  interpretDisputeEvidence,
  interpretInquiryPayment,
  interpretInquiryRefund,
  interpretPaymentSession,
  interpretPayResult,
  interpretRefundResult,
  interpretSupplyDefenseDocument,
} from '../../src/index.ts';

const CONFIGURATION_ERRORS = ['INVALID_SIGNATURE', 'KEY_NOT_FOUND', 'CLIENT_INVALID', 'INVALID_CLIENT_STATUS', 'ACCESS_DENIED', 'NO_INTERFACE_DEF', 'METHOD_NOT_SUPPORTED', 'MEDIA_TYPE_NOT_ACCEPTABLE'];
const operationIds = Object.keys(resultCodeTables) as ResultCodeOperationId[];
/** Advice that treats the answer as a payment question: wrong for a request Antom refused before reading it. */
const PAYMENT_QUESTION = /quer(y|ies) the payment|inquiryPayment|query again|new paymentRequestId|cancel/i;

const INTERPRETERS: Record<string, (data: never) => { kind: string; action?: string; entry: { known: boolean } }> = {
  pay: interpretPayResult,
  inquiryPayment: interpretInquiryPayment,
  cancel: interpretCancelResult,
  refund: interpretRefundResult,
  inquiryRefund: interpretInquiryRefund,
  capture: interpretCaptureResult,
  createPaymentSession: interpretPaymentSession,
  consult: interpretConsult,
  acceptDispute: interpretAcceptDispute,
  supplyDefenseDocument: interpretSupplyDefenseDocument,
  downloadDisputeEvidence: interpretDisputeEvidence,
};

describe('gateway-wide codes in every lookup', () => {
  it('covers every operation that has a table, and the table holds the configuration errors', () => {
    // Every operation with a table has an interpreter, and every interpreter an operation.
    expect(operationIds.sort()).toEqual(Object.keys(INTERPRETERS).sort());
    expect(Object.keys(commonResultCodes)).toEqual(expect.arrayContaining(CONFIGURATION_ERRORS));
  });

  describe.each(operationIds)('%s', (operationId) => {
    it.each(CONFIGURATION_ERRORS)('%s is known, a failure, with an action that says what to check', (code) => {
      const entry = lookupResultCode(operationId, code);
      expect(entry).toMatchObject({ code, known: true, status: 'F' });
      expect(isResultCode(operationId, code)).toBe(true);
      expect(entry.action).not.toMatch(PAYMENT_QUESTION);
      expect(entry.action).not.toMatch(/inferred/i);
    });

    it("answers INVALID_SIGNATURE with the gateway-wide row (no operation overrides it)", () => {
      expect(lookupResultCode(operationId, 'INVALID_SIGNATURE')).toEqual(lookupCommonResultCode('INVALID_SIGNATURE'));
    });

    it('still answers a code neither table lists with the generic row', () => {
      expect(lookupResultCode(operationId, 'NOT_A_CODE_ANYWHERE')).toMatchObject({ known: false });
      expect(lookupResultCode(operationId, '__proto__')).toMatchObject({ known: false });
    });
  });
});

describe('gateway-wide codes in every interpreter', () => {
  describe.each(Object.entries(INTERPRETERS))('%s', (operationId, interpret) => {
    it.each(CONFIGURATION_ERRORS)('F %s: the row action, never a payment question', (code) => {
      const outcome = interpret({ result: { resultCode: code, resultStatus: 'F', resultMessage: 'x' } } as never);
      expect(outcome.entry.known).toBe(true);
      expect(outcome.action).toBe(lookupResultCode(operationId as ResultCodeOperationId, code).action);
      expect(outcome.action).not.toMatch(PAYMENT_QUESTION);
    });

    it('without a result status, INVALID_SIGNATURE still gets its own action', () => {
      const outcome = interpret({ result: { resultCode: 'INVALID_SIGNATURE', resultMessage: 'x' } } as never);
      expect(outcome.action).toBe(commonResultCodes.INVALID_SIGNATURE.action);
    });
  });
});
