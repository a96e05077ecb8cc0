// One scenario per result code of the spec's x-result-codes table, served by the real mock (Prism static mode)
// through the real client: signed request, verified signed response, schema-valid body, seed's branch logic.
import { describe, expect, inject, it } from 'vitest';
import { CONTINUATION_URL_FIELDS, interpretPayResult } from '../../src/index.ts';
import type { PayBody, PayOutcome } from '../../src/index.ts';
import { SIGNATURE_PROBLEM_HEADER } from '../../sandbox/request-signature.ts';
import { TEST_SANDBOX_CLIENT_ID } from '../../sandbox/test-keys.ts';
import { requestExample, responseExample, resultCodeRows, validatorFor } from './helpers/spec.ts';
import { createTestClient } from './helpers/test-client.ts';

const mockUrl = inject('mockUrl');
const validatePayResponse = validatorFor('PayResponse');
const body = requestExample() as unknown as PayBody;

/** The seed's result-process logic, from the table's status (and, for PAYMENT_IN_PROCESS, whether a URL came). */
function expectedKind(code: string, status: 'S' | 'F' | 'U', example: unknown): PayOutcome['kind'] {
  if (status === 'S') return 'success';
  if (status === 'F') return 'failed';
  const hasUrl = CONTINUATION_URL_FIELDS.some((field) => typeof (example as Record<string, unknown>)[field] === 'string');
  return code === 'PAYMENT_IN_PROCESS' && hasUrl ? 'redirect' : 'retry-with-new-id';
}

const scenarios = resultCodeRows.map((row) => ({ ...row, kind: expectedKind(row.code, row.status, responseExample(row.code)) }));

describe('result codes served by the mock', () => {
  it('covers every row of x-result-codes', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(new Set(scenarios.map((row) => row.code)).size).toBe(scenarios.length);
  });

  it.each(scenarios)(
    'when the mock is asked for $code, then the client gets a verified $status and interpretPayResult says $kind',
    async ({ code, status, kind }) => {
      const client = createTestClient({ baseUrl: mockUrl });
      const { data, response } = await client.pay(body, { headers: { Prefer: `example=${code}` } });

      expect(response.status).toBe(200);
      expect(response.headers.get('signature')).toMatch(/^algorithm=RSA256,keyVersion=\d+,signature=/);
      expect(validatePayResponse(data), JSON.stringify(validatePayResponse.errors)).toBe(true);
      expect(data?.result).toMatchObject({ resultCode: code, resultStatus: status });
      const outcome = interpretPayResult(data);
      expect(outcome.kind).toBe(kind);
      expect(outcome.code).toBe(code);
    },
  );
});

describe('default scenario, sandbox path and signatures', () => {
  it('when no Prefer header is sent, then the sandbox answers PAYMENT_IN_PROCESS with its own cashier URL', async () => {
    const { data } = await createTestClient({ baseUrl: mockUrl }).pay(body);

    const outcome = interpretPayResult(data);
    expect(outcome.code).toBe('PAYMENT_IN_PROCESS');
    expect(outcome.kind).toBe('redirect');
    if (outcome.kind === 'redirect') expect(outcome.url.startsWith(`${mockUrl}/__sandbox/cashier/`), outcome.url).toBe(true);
  });

  it('when a SANDBOX_ client calls, then it uses /ams/sandbox/api and still gets a verified answer', async () => {
    const paths: string[] = [];
    const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init);
      paths.push(new URL(request.url).pathname);
      return fetch(request);
    };
    const client = createTestClient({ baseUrl: mockUrl, clientId: TEST_SANDBOX_CLIENT_ID, fetch: recordingFetch as typeof fetch });
    const { data, response } = await client.pay(body, { headers: { Prefer: 'example=SUCCESS' } });

    expect(client.sandbox).toBe(true);
    expect(paths).toEqual(['/ams/sandbox/api/v1/payments/pay']);
    expect(response.headers.get('client-id')).toBe(TEST_SANDBOX_CLIENT_ID);
    expect(interpretPayResult(data).kind).toBe('success');
  });

  it('when the request signature is tampered with on the wire, then the mock answers INVALID_SIGNATURE with status F', async () => {
    const tamperingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      headers.set('signature', flipFirstSignatureChar(headers.get('signature') ?? ''));
      return fetch(new Request(request, { headers }));
    };
    const client = createTestClient({ baseUrl: mockUrl, fetch: tamperingFetch as typeof fetch });
    const { data, response } = await client.pay(body, { headers: { Prefer: 'example=SUCCESS' } });

    expect(data?.result).toEqual({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F', resultMessage: 'The signature is invalid.' });
    expect(response.headers.get(SIGNATURE_PROBLEM_HEADER)).toMatch(/does not verify/);
    expect(interpretPayResult(data).kind).toBe('failed');
  });
});

/** Changes the first base64 character of the signature value (the last one may only carry padding bits). */
function flipFirstSignatureChar(header: string): string {
  const at = header.indexOf('signature=') + 'signature='.length;
  if (at < 'signature='.length || at >= header.length) throw new Error(`unexpected signature header ${header}`);
  const replacement = header[at] === 'A' ? 'B' : 'A';
  return `${header.slice(0, at)}${replacement}${header.slice(at + 1)}`;
}
