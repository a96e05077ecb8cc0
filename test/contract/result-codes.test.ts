// One test per code every operation can answer (the rows of its x-result-codes table, then the gateway-wide rows of
// the root's x-common-result-codes it does not override), driven by generated/openapi.json: an operation added to
// the spec gets its tests without editing this file. Each test sends the operation's first named request example
// through the real signing client (`client[operationId]`) with `Prefer: example=<CODE>`, so the sandbox has Prism
// answer with that code's canned example (the state layer stays out of it), and checks the answer: signed (the client
// verifies strictly and throws on a bad signature), exactly the spec's example, valid against the operation's
// response schema, carrying the row's code, status and message; and that the operation's interpretation helper
// looks the code up in the generated tables and takes the branch the status requires.
import { describe, expect, inject, it } from 'vitest';
import { INTERPRETATIONS, interpretationOf } from './helpers/interpretations.ts';
import { commonResultCodeRows, operations, operationsWithResultCodes, requestExample, responseExample, validatorFor } from './helpers/spec.ts';
import { createTestClient, methodOf } from './helpers/test-client.ts';
import { ECHOED_REQUEST_IDS } from '../../src/transport/response-checks.ts';

function echoRequestIdsInto(example: unknown, request: unknown): unknown {
  const answer = { ...(example as Record<string, unknown>) };
  for (const key of ECHOED_REQUEST_IDS) {
    const sent = (request as Record<string, unknown>)[key];
    if (typeof sent === 'string' && typeof answer[key] === 'string') answer[key] = sent;
  }
  return answer;
}

const mockUrl = inject('mockUrl');

const scenarios = operationsWithResultCodes.flatMap((operation) =>
  operation.answeredCodes.map((row) => ({
    ...row,
    operationId: operation.operationId,
    responseSchema: operation.responseSchema,
    helper: interpretationOf(operation.operationId)?.helper ?? 'no interpretation helper: see the listing test',
  })),
);

describe('the result-code tables of the spec', () => {
  it('when the spec is read, then at least the pay table is there and every table has rows with unique codes and a request example to send', () => {
    expect(operationsWithResultCodes.map((operation) => operation.operationId)).toContain('pay');
    for (const operation of operationsWithResultCodes) {
      const codes = operation.resultCodes.map((row) => row.code);
      expect(codes.length, operation.operationId).toBeGreaterThan(0);
      expect(new Set(codes).size, `${operation.operationId} repeats a code`).toBe(codes.length);
      expect(operation.requestExampleNames.length, `${operation.operationId} has no named request example`).toBeGreaterThan(0);
    }
  });

  it('when the spec is read, then it has gateway-wide codes, and every operation with a table answers each of them', () => {
    expect(commonResultCodeRows.map((row) => row.code)).toContain('INVALID_SIGNATURE');
    for (const operation of operationsWithResultCodes) {
      expect(operation.answeredCodes.map((row) => row.code), operation.operationId).toEqual(expect.arrayContaining(commonResultCodeRows.map((row) => row.code)));
    }
  });

  it('when the interpretation helpers are listed, then each one belongs to an operation that has a table, and each table has one', () => {
    const withTables = new Set(operationsWithResultCodes.map((operation) => operation.operationId));
    expect(Object.keys(INTERPRETATIONS).filter((operationId) => !withTables.has(operationId))).toEqual([]);
    expect([...withTables].filter((operationId) => interpretationOf(operationId) === undefined)).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(operationsWithResultCodes.length);
  });
});

describe('every result code, served by the mock through the real client', () => {
  it.each(scenarios)(
    '$operationId: when the mock is asked for $code, then a verified $status answer with that code comes back ($helper)',
    async ({ operationId, code, status, message, action, responseSchema }) => {
      const client = createTestClient({ baseUrl: mockUrl });
      const request = requestExample(undefined, operationId);
      const { data, response } = await methodOf(client, operationId)(request, { headers: { Prefer: `example=${code}` } });

      expect(response.status).toBe(200);
      expect(response.headers.get('signature')).toMatch(/^algorithm=RSA256,keyVersion=\d+,signature=/);
      expect(response.headers.get('response-time')).toMatch(/\S/);
      const validate = validatorFor(responseSchema);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      // The spec's example, with the request ids the sandbox echoes as Antom does (the client checks them).
      expect(data).toEqual(echoRequestIdsInto(responseExample(code, operationId), request));
      expect((data as { result?: unknown }).result).toEqual({ resultCode: code, resultStatus: status, resultMessage: message });

      const interpretation = interpretationOf(operationId);
      if (interpretation === undefined) throw new Error(`${operationId} has a result table but no interpretation helper in helpers/interpretations.ts`);
      const outcome = interpretation.interpret(data);
      expect(outcome.code).toBe(code);
      expect(outcome.entry).toMatchObject({ known: true, status, message, action });
      expect(outcome.kind).toBe(interpretation.expectedKind({ code, status, message, action }, data as Record<string, unknown>));
    },
  );
});
