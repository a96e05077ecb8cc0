import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAntomFetch } from '../../src/index.ts';
import { abortableSleep } from '../../src/transport-config.ts';

describe('abortableSleep', () => {
  it('clears its timer and rejects with the reason when the signal aborts', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const sleeping = abortableSleep(30_000, controller.signal);
      expect(vi.getTimerCount()).toBe(1);
      controller.abort(new Error('gave up'));
      await expect(sleeping).rejects.toThrow('gave up');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves after the delay when nothing aborts', async () => {
    vi.useFakeTimers();
    try {
      const sleeping = abortableSleep(1_000, new AbortController().signal);
      vi.advanceTimersByTime(1_000);
      await expect(sleeping).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('backoff between retries', () => {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let origin = '';
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("when the caller aborts while waiting to retry, then the wait gets the caller's signal and the call ends at once", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const antomFetch = createAntomFetch({
      clientId: 'MERCHANT_1',
      privateKey: keys.privateKey,
      antomPublicKey: keys.publicKey,
      keyVersion: 1,
      verifyResponses: true,
      timeoutMs: 5_000,
      retry: { maxAttempts: 3, baseDelayMs: 30_000, maxDelayMs: 30_000, jitter: 'full' },
      random: () => 1,
      sleep: (ms, signal) => {
        signals.push(signal);
        return abortableSleep(ms, signal);
      },
    });
    const controller = new AbortController();
    const call = antomFetch(new Request(`${origin}/ams/api/v1/payments/pay`, { method: 'POST', body: '{}', signal: controller.signal }));
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    const started = performance.now();
    controller.abort(new Error('caller gave up'));
    await expect(call).rejects.toThrow('caller gave up');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(signals[0]?.aborted).toBe(true);
  });
});
