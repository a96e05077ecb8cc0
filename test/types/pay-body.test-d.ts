import { describe, expectTypeOf, it } from 'vitest';
import type { PayBody, PayDataResult } from '../../generated/client.ts';
import type { PayResultCode, ResultCode, ResultStatus } from '../../generated/result-codes.ts';
import type { AntomClient, PayOutcome, PayOutcomeKindOf } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';

declare const client: AntomClient;

const body = minimalPayBody;

describe('the generated pay types', () => {
  it('accept a body with every REQUIRED field', () => {
    expectTypeOf(body).toMatchTypeOf<PayBody>();
    expectTypeOf(client.pay(body)).toEqualTypeOf<Promise<PayDataResult>>();
  });

  it('reject a body missing a REQUIRED field', () => {
    const { paymentRequestId: _omitted, ...withoutId } = body;
    // @ts-expect-error paymentRequestId is REQUIRED
    void client.pay(withoutId);
    const { env: _env, ...withoutEnv } = body;
    // @ts-expect-error env is REQUIRED
    void client.pay(withoutEnv);
  });

  it('reject a wrong enum value', () => {
    // @ts-expect-error productCode is CASHIER_PAYMENT only
    void client.pay({ ...body, productCode: 'AGREEMENT_PAYMENT' });
    // @ts-expect-error terminalType is WEB, WAP, APP or MINI_APP
    void client.pay({ ...body, env: { terminalType: 'TV' } });
  });

  it('reject a number where the wire type is a string', () => {
    // @ts-expect-error paymentAmount.value is a string of minor units
    void client.pay({ ...body, paymentAmount: { currency: 'USD', value: 100 } });
  });

  it('type the response and the result-code table', () => {
    expectTypeOf<Awaited<ReturnType<AntomClient['pay']>>['data']['result']['resultStatus']>().toEqualTypeOf<ResultStatus>();
    expectTypeOf<'PAYMENT_IN_PROCESS'>().toMatchTypeOf<PayResultCode>();
    // ResultCode spans every operation's table; pay's codes are part of it.
    expectTypeOf<PayResultCode>().toMatchTypeOf<ResultCode>();
    // @ts-expect-error not a code of the table
    const notACode: PayResultCode = 'NOT_A_CODE';
    void notACode;
  });

  it('map each code to the branch its status requires', () => {
    expectTypeOf<PayOutcomeKindOf<'SUCCESS'>>().toEqualTypeOf<'success'>();
    expectTypeOf<PayOutcomeKindOf<'DO_NOT_HONOR'>>().toEqualTypeOf<'failed'>();
    expectTypeOf<PayOutcomeKindOf<'UNKNOWN_EXCEPTION'>>().toEqualTypeOf<'retry-with-new-id'>();
    expectTypeOf<PayOutcomeKindOf<'PAYMENT_IN_PROCESS'>>().toEqualTypeOf<'redirect' | 'retry-with-new-id'>();
    // Gateway-wide codes are pay codes too.
    expectTypeOf<PayOutcomeKindOf<'INVALID_SIGNATURE'>>().toEqualTypeOf<'failed'>();
    expectTypeOf<PayOutcome['kind']>().toEqualTypeOf<'success' | 'redirect' | 'failed' | 'retry-with-new-id' | 'unknown'>();
  });
});
