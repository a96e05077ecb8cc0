// An onAttempt hook can never hurt the call or the process: a sync throw and an async rejection are both contained,
// the call's result is the same as without the hook, and one process warning reports the failure.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { EXCHANGES, clientFor, guardProcess, settle } from './helpers/hardening.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';
import { signer } from './helpers/transport-fixtures.ts';

const answer = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, paymentId: 'p-1' });

let server: RecordingServer;
let guard: ReturnType<typeof guardProcess>;
const warnings: Error[] = [];
const onWarning = (warning: Error): void => {
  if ((warning as Error & { code?: string }).code === 'ANTOM_HOOK_FAILED') warnings.push(warning);
};
beforeAll(async () => {
  server = await startRecordingServer((ctx) => replySigned(ctx, signer, answer));
  process.on('warning', onWarning);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await server.close();
});
beforeEach(() => {
  guard = guardProcess();
});
afterEach(() => guard.dispose());

const hooks = [
  { name: 'throws synchronously', hook: (): void => { throw new Error('hook broke'); } },
  { name: 'returns a rejected promise', hook: (): Promise<void> => Promise.reject(new Error('hook broke later')) },
  { name: 'is an async function that throws', hook: async (): Promise<void> => { await Promise.resolve(); throw new Error('async hook broke'); } },
  { name: 'returns a thenable whose then throws', hook: (): unknown => ({ then: () => { throw new Error('bad thenable'); } }) },
];

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  it.each(hooks)('an onAttempt hook that $name leaves the result unchanged and the process quiet', async ({ hook }) => {
    const calls: number[] = [];
    const client = clientFor(server.origin, {
      ...extra,
      onAttempt: ((info: { attempt: number }) => {
        calls.push(info.attempt);
        return hook();
      }) as never,
    });
    const { data, response } = await client.pay(minimalPayBody);
    expect(data).toEqual(JSON.parse(answer));
    expect(response.status).toBe(200);
    expect(calls).toEqual([1]);
    await settle();
    guard.assertNone();
  });

  it('a failing hook still sees every attempt, and the failing call still fails with its own error', async () => {
    const failing = await startRecordingServer(({ res }) => {
      res.writeHead(500);
      res.end();
    });
    try {
      const seen: string[] = [];
      const client = clientFor(failing.origin, {
        ...extra,
        onAttempt: (async (info: { outcome: string }) => {
          seen.push(info.outcome);
          throw new Error('metrics backend down');
        }) as never,
      });
      const error = await client.pay(minimalPayBody).then(() => undefined, (e: unknown) => e);
      expect((error as Error).name).toBe('AntomNetworkError');
      expect(seen).toEqual(['retryable-status', 'retryable-status', 'retryable-status']);
      await settle();
      guard.assertNone();
    } finally {
      await failing.close();
    }
  });
});

describe('reporting', () => {
  it('emits one ANTOM_HOOK_FAILED process warning however many hook failures', async () => {
    await settle();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.name).toBe('AntomHookWarning');
  });
});
