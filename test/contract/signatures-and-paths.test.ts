// Per operation of the spec, through the real client against the mock: a SANDBOX_ client ID takes the sandbox path
// and still gets a verified answer, and a request whose signature was changed on the wire is refused with a signed
// INVALID_SIGNATURE. Plus pay's default scenario: without a Prefer header the stateful sandbox opens a payment and
// answers with its own cashier URL.
import { describe, expect, inject, it } from 'vitest';
import { SANDBOX_PREFIX } from '../../src/gateway.ts';
import { interpretPayResult } from '../../src/index.ts';
import type { PayBody } from '../../src/index.ts';
import { SIGNATURE_PROBLEM_HEADER } from '../../sandbox/request-signature.ts';
import { TEST_SANDBOX_CLIENT_ID } from '../../sandbox/test-keys.ts';
import { commonResultCodeRows, operationsWithResultCodes, requestExample } from './helpers/spec.ts';
import { createTestClient, methodOf } from './helpers/test-client.ts';

const mockUrl = inject('mockUrl');

const resultOf = (data: unknown): Record<string, unknown> | undefined => (data as { result?: Record<string, unknown> } | undefined)?.result;

/** Operations whose table has a SUCCESS row, so `Prefer: example=SUCCESS` has an answer to serve. */
const withSuccess = operationsWithResultCodes.filter((operation) => operation.resultCodes.some((row) => row.code === 'SUCCESS'));

describe('gateway paths and request signatures, per operation', () => {
  it('when the spec is read, then pay and its lifecycle operations have a SUCCESS row to ask for', () => {
    expect(withSuccess.map((operation) => operation.operationId)).toContain('pay');
    expect(withSuccess.length).toBe(operationsWithResultCodes.length);
  });

  it.each(withSuccess)('$operationId: when a SANDBOX_ client calls, then it uses the sandbox path and gets a verified answer', async ({ operationId, path }) => {
    const paths: string[] = [];
    const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init);
      paths.push(new URL(request.url).pathname);
      return fetch(request);
    };
    const client = createTestClient({ baseUrl: mockUrl, clientId: TEST_SANDBOX_CLIENT_ID, fetch: recordingFetch as typeof fetch });
    const { data, response } = await methodOf(client, operationId)(requestExample(undefined, operationId), { headers: { Prefer: 'example=SUCCESS' } });

    expect(client.sandbox).toBe(true);
    expect(paths).toEqual([`${SANDBOX_PREFIX}${path}`]);
    expect(response.headers.get('client-id')).toBe(TEST_SANDBOX_CLIENT_ID);
    expect(resultOf(data)).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
  });

  it.each(withSuccess)('$operationId: when the request signature is tampered with on the wire, then the mock answers a signed INVALID_SIGNATURE', async ({ operationId }) => {
    const tamperingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      headers.set('signature', flipFirstSignatureChar(headers.get('signature') ?? ''));
      return fetch(new Request(request, { headers }));
    };
    const client = createTestClient({ baseUrl: mockUrl, fetch: tamperingFetch as typeof fetch });
    const { data, response } = await methodOf(client, operationId)(requestExample(undefined, operationId), { headers: { Prefer: 'example=SUCCESS' } });

    // The gateway-wide table's row, as every operation answers it.
    const row = commonResultCodeRows.find((r) => r.code === 'INVALID_SIGNATURE');
    expect(row).toBeDefined();
    expect(resultOf(data)).toEqual({ resultCode: 'INVALID_SIGNATURE', resultStatus: row?.status, resultMessage: row?.message });
    expect(response.headers.get(SIGNATURE_PROBLEM_HEADER)).toMatch(/does not verify/);
  });
});

describe("pay's default scenario", () => {
  it('when no Prefer header is sent, then the sandbox answers PAYMENT_IN_PROCESS with its own cashier URL', async () => {
    const body = { ...requestExample(), paymentRequestId: 'contract-default-scenario' } as unknown as PayBody;
    const { data } = await createTestClient({ baseUrl: mockUrl }).pay(body);

    const outcome = interpretPayResult(data!);
    expect(outcome.code).toBe('PAYMENT_IN_PROCESS');
    expect(outcome.kind).toBe('redirect');
    if (outcome.kind === 'redirect') expect(outcome.url.startsWith(`${mockUrl}/__sandbox/cashier/`), outcome.url).toBe(true);
  });
});

/** Changes the first base64 character of the signature value (the last one may only carry padding bits). */
function flipFirstSignatureChar(header: string): string {
  const at = header.indexOf('signature=') + 'signature='.length;
  if (at < 'signature='.length || at >= header.length) throw new Error(`unexpected signature header ${header}`);
  const replacement = header[at] === 'A' ? 'B' : 'A';
  return `${header.slice(0, at)}${replacement}${header.slice(at + 1)}`;
}
