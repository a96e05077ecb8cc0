import { describe, expectTypeOf, it } from 'vitest';
import { createOperations } from '../../generated/client.ts';
import type { CommonResultCode, PayResultCode, RefundResultCode, ResultCode, ResultCodeOf, ResultCodeOperationId, ResultCodeRowOf } from '../../generated/result-codes.ts';
import { commonResultCodes, isPayResultCode, lookupCommonResultCode, lookupResultCode, payResultCodes, resultCodeTables } from '../../generated/result-codes.ts';
import type { AntomClient, InquiryPaymentOutcome, PayResponse, ResultCodeEntry } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';

declare const client: AntomClient;

describe('what a call resolves to', () => {
  it('createAntomClient: data is the success body (failures throw), so no `!` is needed', async () => {
    const { data } = await client.pay(minimalPayBody);
    expectTypeOf(data).toEqualTypeOf<PayResponse>();
    expectTypeOf(data.result.resultStatus).toEqualTypeOf<'S' | 'F' | 'U'>();
    expectTypeOf(data.result).toEqualTypeOf<PayResponse['result']>();
    const { error, response } = await client.pay(minimalPayBody);
    expectTypeOf(error).toEqualTypeOf<undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
  });

  it("createOperations (plain openapi-fetch): openapi-fetch's own { data, error } union", async () => {
    const api = createOperations({ baseUrl: 'http://127.0.0.1:1' });
    const result = await api.pay(minimalPayBody);
    expectTypeOf(result.data).toEqualTypeOf<PayResponse | undefined>();
    // @ts-expect-error data may be undefined until error is ruled out
    void result.data.result;
    if (result.error === undefined) expectTypeOf(result.data).toEqualTypeOf<PayResponse>();
  });
});

describe('result-code tables keyed by operationId', () => {
  it('look up a code of a named operation and refuse an operation without a table', () => {
    expectTypeOf(lookupResultCode('pay', 'SUCCESS')).toEqualTypeOf<ResultCodeEntry>();
    expectTypeOf<'pay'>().toMatchTypeOf<ResultCodeOperationId>();
    expectTypeOf(resultCodeTables.pay.SUCCESS.status).toEqualTypeOf<'S'>();
    expectTypeOf<'PAYMENT_IN_PROCESS'>().toMatchTypeOf<ResultCodeOf<'pay'>>();
    // @ts-expect-error no operation of that name has a table
    void lookupResultCode('noSuchOperation', 'SUCCESS');
  });

  it('count the gateway-wide codes as codes of every operation, and keep them out of the own tables', () => {
    expectTypeOf<'INVALID_SIGNATURE'>().toMatchTypeOf<PayResultCode>();
    expectTypeOf<'INVALID_SIGNATURE'>().toMatchTypeOf<RefundResultCode>();
    expectTypeOf<'INVALID_SIGNATURE'>().toMatchTypeOf<ResultCodeOf<'inquiryRefund'>>();
    expectTypeOf<'INVALID_SIGNATURE'>().toMatchTypeOf<ResultCode>();
    expectTypeOf<'INVALID_SIGNATURE'>().toMatchTypeOf<CommonResultCode>();
    expectTypeOf<'DO_NOT_HONOR'>().not.toMatchTypeOf<CommonResultCode>();
    expectTypeOf<'DO_NOT_HONOR'>().not.toMatchTypeOf<RefundResultCode>();
    // @ts-expect-error pay's own table does not list it: it lives in commonResultCodes
    void payResultCodes.INVALID_SIGNATURE;
    expectTypeOf(commonResultCodes.INVALID_SIGNATURE.status).toEqualTypeOf<'F'>();
    expectTypeOf(lookupCommonResultCode('X')).toEqualTypeOf<ResultCodeEntry | undefined>();
    const code = 'INVALID_SIGNATURE' as string;
    if (isPayResultCode(code)) expectTypeOf(code).toEqualTypeOf<PayResultCode>();
  });

  it('type the row a lookup reads (own first, then gateway-wide), and inferred as an optional true', () => {
    expectTypeOf<ResultCodeRowOf<'pay', 'KEY_NOT_FOUND'>>().toEqualTypeOf<(typeof payResultCodes)['KEY_NOT_FOUND']>();
    expectTypeOf<ResultCodeRowOf<'pay', 'INVALID_SIGNATURE'>>().toEqualTypeOf<(typeof commonResultCodes)['INVALID_SIGNATURE']>();
    expectTypeOf<ResultCodeRowOf<'pay', 'INVALID_SIGNATURE'>['inferred']>().toEqualTypeOf<true>();
    expectTypeOf<ResultCodeEntry['inferred']>().toEqualTypeOf<true | undefined>();
    expectTypeOf(resultCodeTables.cancel.ORDER_STATUS_INVALID.inferred).toEqualTypeOf<true>();
  });

  it("expose why a payment failed, read through pay's table", () => {
    type Failed = Extract<InquiryPaymentOutcome, { kind: 'failed' }>;
    expectTypeOf<Failed['paymentResult']>().toEqualTypeOf<ResultCodeEntry>();
    expectTypeOf<Failed['paymentResultCode']>().toEqualTypeOf<string | undefined>();
  });
});
