import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { abortableSleep } from '../../src/transport/sleep.ts';
import { startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';
import { PAY_PATH, makeTransport } from './helpers/transport-fixtures.ts';

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
  let server: RecordingServer;
  let origin = '';
  beforeAll(async () => {
    server = await startRecordingServer(({ res }) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
    });
    origin = server.origin;
  });
  afterAll(() => server.close());

  it("when the caller aborts while waiting to retry, then the wait gets the caller's signal and the call ends at once", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const antomFetch = makeTransport({
      timeoutMs: 5_000,
      retry: { maxAttempts: 3, baseDelayMs: 30_000, maxDelayMs: 30_000, jitter: 'full' },
      random: () => 1,
      sleep: (ms, signal) => {
        signals.push(signal);
        return abortableSleep(ms, signal);
      },
    });
    const controller = new AbortController();
    const call = antomFetch(new Request(`${origin}${PAY_PATH}`, { method: 'POST', body: '{}', signal: controller.signal }));
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    const started = performance.now();
    controller.abort(new Error('caller gave up'));
    await expect(call).rejects.toThrow('caller gave up');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(signals[0]?.aborted).toBe(true);
  });
});
