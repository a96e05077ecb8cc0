// Retry-After on 429/503 is honoured within the retry policy: seconds or an HTTP-date become the wait before the
// next attempt; a wait longer than retry.maxDelayMs ends the retries and surfaces the error. Other statuses keep
// the jittered backoff, and a 2xx JSON answer (an F included) is still never retried.
import { afterEach, describe, expect, it } from 'vitest';
import { AntomHttpError, AntomNetworkError, createAntomFetch } from '../../src/index.ts';
import type { AntomFetchConfig } from '../../src/index.ts';
import { EXCHANGES } from './helpers/hardening.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { Handler, RecordingServer } from './helpers/recording-server.ts';
import { CLIENT_ID, PAY_PATH, antomKeys, merchantKeys, payBody, rejectionOf, signer } from './helpers/transport-fixtures.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const ok = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' } });
const fail = JSON.stringify({ result: { resultCode: 'PROCESS_FAIL', resultStatus: 'F', resultMessage: 'failed' } });

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const busy = (status: number, retryAfter?: string): Handler => ({ res }) => {
  res.writeHead(status, retryAfter === undefined ? {} : { 'retry-after': retryAfter });
  res.end('busy');
};
const signedOk: Handler = (ctx) => replySigned(ctx, signer, ok);

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  async function run(handlers: Handler[], config: Partial<AntomFetchConfig> = {}): Promise<{ sleeps: number[]; result: unknown; requests: number }> {
    server = await startRecordingServer(handlers);
    const sleeps: number[] = [];
    const antomFetch = createAntomFetch({
      clientId: CLIENT_ID,
      privateKey: merchantKeys.privateKey,
      antomPublicKey: antomKeys.publicKey,
      keyVersion: 1,
      verifyResponses: true,
      timeoutMs: 5000,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000, jitter: 'full' },
      now: () => NOW,
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
      ...(extra as Partial<AntomFetchConfig>),
      ...config,
    });
    const result = await antomFetch(new Request(`${server.origin}${PAY_PATH}`, { method: 'POST', body: payBody() })).then(
      (response) => response,
      (error: unknown) => error,
    );
    return { sleeps, result, requests: server.requests.length };
  }

  it.each([429, 503])('%i with Retry-After in seconds waits that long, then the next attempt succeeds', async (status) => {
    const { sleeps, result, requests } = await run([busy(status, '3'), signedOk]);
    expect(sleeps).toEqual([3000]);
    expect((result as Response).status).toBe(200);
    expect(requests).toBe(2);
  });

  it('429 with Retry-After as an HTTP-date waits until that date (by the injected clock)', async () => {
    const { sleeps, result } = await run([busy(429, new Date(NOW + 7000).toUTCString()), signedOk]);
    expect(sleeps).toEqual([7000]);
    expect((result as Response).status).toBe(200);
  });

  it('an HTTP-date already past means no wait', async () => {
    const { sleeps } = await run([busy(503, new Date(NOW - 60_000).toUTCString()), signedOk]);
    expect(sleeps).toEqual([0]);
  });

  it.each([429, 503])('%i asking for more than retry.maxDelayMs stops retrying and surfaces the error after one attempt', async (status) => {
    const { sleeps, result, requests } = await run([busy(status, '120'), signedOk]);
    expect(sleeps).toEqual([]);
    expect(requests).toBe(1);
    expect(result).toBeInstanceOf(AntomNetworkError);
    expect((result as AntomNetworkError).attempts).toBe(1);
    expect((result as AntomNetworkError).message).toContain('Retry-After');
    expect(((result as AntomNetworkError).cause as AntomHttpError).status).toBe(status);
  });

  it('an unreadable Retry-After falls back to the jittered backoff', async () => {
    const { sleeps } = await run([busy(429, 'soon'), signedOk]);
    expect(sleeps).toEqual([50]);
  });

  it('Retry-After on a 500 is not a 429/503: the jittered backoff applies', async () => {
    const { sleeps } = await run([busy(500, '3'), signedOk]);
    expect(sleeps).toEqual([50]);
  });

  it('a Retry-After on the last allowed attempt does not add an attempt', async () => {
    const { sleeps, result, requests } = await run([busy(429, '1')], { retry: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 10_000, jitter: 'full' } });
    expect(sleeps).toEqual([1000]);
    expect(requests).toBe(2);
    expect(result).toBeInstanceOf(AntomNetworkError);
  });

  it('a signed 200 F is never retried, whatever Retry-After says', async () => {
    const { sleeps, result, requests } = await run([
      (ctx) => {
        ctx.res.setHeader('retry-after', '1');
        replySigned(ctx, signer, fail);
      },
    ]);
    expect(sleeps).toEqual([]);
    expect(requests).toBe(1);
    expect((result as Response).status).toBe(200);
  });
});
