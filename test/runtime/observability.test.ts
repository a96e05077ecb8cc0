// What a merchant sees of a call: onAttempt names the operation and the attempt's duration, every error of a call
// names the request id it was for, and the opt-in debug log shows what was signed, never a key or a signature.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AntomError } from '../../src/errors.ts';
import type { AttemptInfo } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { clientFor } from './helpers/hardening.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { Handler, RecordingServer } from './helpers/recording-server.ts';
import { merchantKeys, rejectionOf, signer } from './helpers/transport-fixtures.ts';

const ok = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, ...extra });
const DELAY_MS = 40;

const servers: RecordingServer[] = [];
async function serve(handler: Handler | readonly Handler[]): Promise<RecordingServer> {
  const server = await startRecordingServer(handler);
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('onAttempt', () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await serve((ctx) => setTimeout(() => replySigned(ctx, signer, ok()), DELAY_MS));
  });

  it('names the operation of a generated method, and none for client.fetch', async () => {
    const infos: AttemptInfo[] = [];
    const client = clientFor(server.origin, { onAttempt: (info) => infos.push(info) });
    await client.pay(minimalPayBody);
    await client.inquiryRefund({ refundRequestId: 'r-1' });
    await client.fetch(new Request(`${client.baseUrl}/v1/payments/pay`, { method: 'POST', body: JSON.stringify(minimalPayBody) }));
    expect(infos.map((info) => info.operationId)).toEqual(['pay', 'inquiryRefund', undefined]);
  });

  it('gives each attempt its own duration, at least as long as the server took to answer', async () => {
    const slow503: Handler = (ctx) => setTimeout(() => (ctx.res.writeHead(503), ctx.res.end()), DELAY_MS);
    const quickOk: Handler = (ctx) => replySigned(ctx, signer, ok());
    const flaky = await serve([slow503, quickOk]);
    const infos: AttemptInfo[] = [];
    await clientFor(flaky.origin, { onAttempt: (info) => infos.push(info) }).pay(minimalPayBody);
    expect(infos.map((info) => info.outcome)).toEqual(['retryable-status', 'ok']);
    for (const info of infos) expect(Number.isFinite(info.durationMs) && info.durationMs >= 0).toBe(true);
    // A lower bound only (a loaded machine makes attempts slower, never faster than the server's own delay).
    expect(infos[0]!.durationMs).toBeGreaterThanOrEqual(DELAY_MS - 5);
  });

  it('carries no body, key or signature: exactly the documented fields', async () => {
    const infos: AttemptInfo[] = [];
    await clientFor(server.origin, { onAttempt: (info) => infos.push(info) }).pay(minimalPayBody);
    expect(Object.keys(infos[0]!).sort()).toEqual(['attempt', 'durationMs', 'maxAttempts', 'method', 'operationId', 'outcome', 'retryInMs', 'status', 'url']);
  });
});

describe('errors name the request id of their call', () => {
  const stall: Handler = () => undefined;
  const cases: Array<{ name: string; handler: Handler; extra?: Record<string, unknown> }> = [
    { name: 'AntomNetworkError', handler: (ctx) => (ctx.res.writeHead(500), ctx.res.end()) },
    { name: 'AntomTimeoutError', handler: stall, extra: { timeoutMs: 150 } },
    { name: 'AntomHttpError', handler: (ctx) => (ctx.res.writeHead(400), ctx.res.end('bad')) },
    { name: 'AntomSignatureError', handler: (ctx) => replySigned(ctx, signer, ok(), { omitSignature: true }) },
    { name: 'AntomResponseMismatchError', handler: (ctx) => replySigned(ctx, signer, ok({ paymentRequestId: 'someone-else' })) },
    { name: 'AntomResponseTooLargeError', handler: (ctx) => replySigned(ctx, signer, ok({ padding: 'x'.repeat(2000) })), extra: { maxResponseBytes: 1000 } },
  ];

  it.each(cases)('$name carries requestId and names it in its message', async ({ name, handler, extra }) => {
    const { origin } = await serve(handler);
    const client = clientFor(origin, { retry: false, ...extra });
    const error = (await rejectionOf(client.pay({ ...minimalPayBody, paymentRequestId: 'order-2024-17' }))) as AntomError;
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(AntomError);
    expect(error.requestId).toEqual({ field: 'paymentRequestId', value: 'order-2024-17' });
    expect(error.message).toContain('paymentRequestId "order-2024-17"');
  });

  it("names a refund's refundRequestId (not its paymentId), an inquiry's paymentId, and a raw client.fetch call's id", async () => {
    const { origin } = await serve((ctx) => (ctx.res.writeHead(400), ctx.res.end()));
    const client = clientFor(origin, { retry: false });
    const refund = (await rejectionOf(client.refund({ paymentId: 'p-9', refundRequestId: 'rf-9', refundAmount: { currency: 'USD', value: '1' } }))) as AntomError;
    expect(refund.requestId).toEqual({ field: 'refundRequestId', value: 'rf-9' });
    const inquiry = (await rejectionOf(client.inquiryPayment({ paymentId: 'p-10' }))) as AntomError;
    expect(inquiry.requestId).toEqual({ field: 'paymentId', value: 'p-10' });
    const raw = (await rejectionOf(client.fetch(new Request(`${client.baseUrl}/v1/payments/dispute`, { method: 'POST', body: '{"disputeId":"d-1"}' })))) as AntomError;
    expect(raw.requestId).toEqual({ field: 'disputeId', value: 'd-1' });
    const none = (await rejectionOf(client.fetch(new Request(`${client.baseUrl}/v1/x`, { method: 'POST', body: '{"a":1}' })))) as AntomError;
    expect(none.requestId).toBeUndefined();
    expect(none.message).toMatch(/responded with HTTP 400$/);
  });
});

describe('debug log', () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await serve((ctx) => replySigned(ctx, signer, ok()));
  });

  const merchantPem = merchantKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const merchantDer = merchantKeys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  function expectNoSecrets(text: string, signatureHeader: string): void {
    expect(text).not.toMatch(/BEGIN|PRIVATE KEY/);
    // Any 40-character run of the key's base64, anywhere in the log, would be key material.
    for (let at = 0; at + 40 <= merchantDer.length; at += 40) expect(text).not.toContain(merchantDer.slice(at, at + 40));
    expect(text).not.toContain(merchantPem.split('\n')[1]!);
    const signature = decodeURIComponent(/signature=([^,]+)/.exec(signatureHeader)![1]!);
    expect(text).not.toContain(signature);
    expect(text).not.toContain(signature.slice(0, 24));
    expect(text).not.toContain(encodeURIComponent(signature).slice(0, 24));
  }

  it('prints the signed content and each attempt (method, path, status, duration), and no key or signature', async () => {
    const lines: string[] = [];
    const flaky = await serve([(ctx) => (ctx.res.writeHead(503), ctx.res.end()), (ctx) => replySigned(ctx, signer, ok())]);
    const client = clientFor(flaky.origin, { debug: (line: string) => lines.push(line) });
    await client.pay(minimalPayBody);
    const sent = flaky.requests[0]!;
    const path = '/ams/sandbox/api/v1/payments/pay';
    expect(lines).toHaveLength(3);
    const expectedContent = `POST ${path}\n${signer.clientId}.${String(sent.headers['request-time'])}.${sent.body.toString('utf8')}`;
    expect(lines[0]).toBe(`[antom-pay] pay POST ${path} signed content ${JSON.stringify(expectedContent)}`);
    expect(lines[1]).toMatch(new RegExp(`^\\[antom-pay\\] pay POST ${path} attempt 1/3: HTTP 503 retryable-status in \\d+\\.\\d ms, retry in \\d+ ms$`));
    expect(lines[2]).toMatch(new RegExp(`^\\[antom-pay\\] pay POST ${path} attempt 2/3: HTTP 200 ok in \\d+\\.\\d ms$`));
    expectNoSecrets(lines.join('\n'), String(sent.headers['signature']));
  });

  it('is off by default, on with ANTOM_DEBUG=1 (printed with console.error), and debug: false wins over the variable', async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    try {
      vi.stubEnv('ANTOM_DEBUG', '');
      await clientFor(server.origin).pay(minimalPayBody);
      expect(printed).toEqual([]);
      vi.stubEnv('ANTOM_DEBUG', '1');
      await clientFor(server.origin).pay(minimalPayBody);
      expect(printed).toHaveLength(2);
      expect(printed[1]).toMatch(/^\[antom-pay\] pay POST \/ams\/sandbox\/api\/v1\/payments\/pay attempt 1\/3: HTTP 200 ok in /);
      await clientFor(server.origin, { debug: false }).pay(minimalPayBody);
      expect(printed).toHaveLength(2);
      expectNoSecrets(printed.join('\n'), String(server.requests.at(-2)!.headers['signature']));
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('a debug function that throws does not change the call', async () => {
    const client = clientFor(server.origin, {
      debug: () => {
        throw new Error('logger down');
      },
    });
    const { data } = await client.pay(minimalPayBody);
    expect(data).toEqual(JSON.parse(ok()));
  });

  it('refuses a debug option that is neither a boolean nor a function', () => {
    expect(() => clientFor(server.origin, { debug: 'yes' as never })).toThrow(/Invalid "debug"/);
  });
});
