import { describe, expectTypeOf, it } from 'vitest';
import { createOperations } from '../../generated/client.ts';
import type { ResultCodeOf, ResultCodeOperationId } from '../../generated/result-codes.ts';
import { lookupResultCode, resultCodeTables } from '../../generated/result-codes.ts';
import type { AntomClient, PayResponse, ResultCodeEntry } from '../../src/index.ts';
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
});
