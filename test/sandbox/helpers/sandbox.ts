// A sandbox of its own for one test file (Prism + state layer on a free loopback port), the typed client against
// it with every answer checked against the spec, and the control API.
import { randomUUID } from 'node:crypto';
import type { AntomClient, PayBody } from '../../../src/index.ts';
import { startSandbox } from '../../../sandbox/server.ts';
import type { MockOptions, RunningMock } from '../../../sandbox/server.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { createTestClient } from '../../contract/helpers/test-client.ts';
import { expectValidResponse } from './contract.ts';

export interface PaymentView {
  paymentId: string;
  paymentRequestId: string;
  paymentStatus: string;
  paymentAmount: { currency: string; value: string };
  refunds: Array<{ refundId: string; refundRequestId: string; refundStatus: string; refundAmount: { currency: string; value: string } }>;
  notifications: Array<{ kind: string; url: string; at: string; httpStatus: number | null; acknowledged: boolean; attempt: number }>;
}

export async function startTestSandbox(options: Partial<MockOptions> = {}): Promise<RunningMock> {
  return startSandbox({ port: 0, verifyRequests: true, log: () => undefined, ...options });
}

/** The typed client; each operation's data is checked against the spec before the test sees it. */
export function checkedClient(baseUrl: string, clientId?: string): AntomClient {
  const client = createTestClient({ baseUrl, ...(clientId === undefined ? {} : { clientId }) });
  return new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof name !== 'string' || typeof value !== 'function' || name === 'verifyNotification' || name === 'fetch') return value;
      return async (...args: unknown[]) => {
        const result = (await (value as (...a: unknown[]) => Promise<{ data?: unknown }>).apply(target, args)) as { data?: unknown };
        expectValidResponse(name, result.data);
        return result;
      };
    },
  });
}

/** A valid pay body with a fresh paymentRequestId, notifications to `notifyUrl`, back to `redirectUrl`. */
export function payBody(overrides: Record<string, unknown> = {}): PayBody {
  return { ...requestExample(), paymentRequestId: `sbx-test-${randomUUID()}`, ...overrides } as unknown as PayBody;
}

export async function control<T>(sandboxUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const response = await fetch(`${sandboxUrl}/__sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, data: (await response.json()) as T };
}

/**
 * Waits until the notifications the sandbox owes (of `paymentId` only, when given) are delivered: none queued, in
 * flight or due. Fails if they are not.
 */
export async function settle(url: string, paymentId?: string): Promise<void> {
  const { status, data } = await control<{ settled: boolean }>(url, 'POST', 'deliveries/settle', paymentId === undefined ? {} : { paymentId });
  if (status !== 200 || !data.settled) throw new Error(`the sandbox's deliveries did not settle: HTTP ${status} ${JSON.stringify(data)}`);
}

/** A control change, then its notifications delivered (deliveries run in the background; these tests look at them). */
async function settled<T>(url: string, change: Promise<T>, paymentId?: string): Promise<T> {
  const answer = await change;
  await settle(url, paymentId);
  return answer;
}

export const getPayment = async (url: string, paymentId: string): Promise<PaymentView> =>
  (await control<PaymentView>(url, 'GET', `payments/${encodeURIComponent(paymentId)}`)).data;
export const complete = (url: string, paymentId: string, outcome: string, resultCode?: string) =>
  settled(url, control<PaymentView & { error?: string }>(url, 'POST', `payments/${encodeURIComponent(paymentId)}/complete`, { outcome, ...(resultCode ? { resultCode } : {}) }), paymentId);
export const advanceClock = (url: string, advanceMs: number) => settled(url, control<{ now: string; offsetMs: number }>(url, 'POST', 'clock', { advanceMs }));
export const openDispute = (url: string, paymentId: string, body: unknown = {}) =>
  settled(url, control<{ disputeId: string; defenseDueTime: string; error?: string; message?: string }>(url, 'POST', `payments/${encodeURIComponent(paymentId)}/disputes`, body), paymentId);
export const judgeDispute = (url: string, disputeId: string, body: unknown) =>
  settled(url, control<{ disputeId: string; disputeStatus: string; error?: string; message?: string }>(url, 'POST', `disputes/${encodeURIComponent(disputeId)}/judge`, body));
