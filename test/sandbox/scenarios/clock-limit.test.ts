// The sandbox clock's latest time leaves room for the dates the sandbox derives from it: moved as far as it goes,
// a dispute's defenseDueTime (7 days for a chargeback, 10 for a retrieval request), a payment's expiry and its
// notifications are still dates with a four-digit year, as Antom writes them; a move past that time is refused and
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { MAX_SANDBOX_TIME } from '../../../sandbox/state/clock.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, control, getPayment, openDispute, payBody, startTestSandbox } from '../helpers/sandbox.ts';

const DAY = 86_400_000;
/** With the default settings the longest derived delay is a retrieval request's 10-day defense window. */
const LATEST = MAX_SANDBOX_TIME - 10 * DAY;
const ANTOM_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

let sandbox: RunningMock;
let merchant: Merchant;

beforeAll(async () => {
  merchant = await startMerchant();
  sandbox = await startTestSandbox({ notifyUrl: `${merchant.url}/dashboard` });
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

describe('the latest sandbox time', () => {
  it('when the clock is moved to just before it, then every derived date has a four-digit year; one minute past it is refused and nothing changes', async () => {
    const client = checkedClient(sandbox.url);
    const paid: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { data } = await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}/notify`, paymentAmount: { currency: 'USD', value: '1000' } }));
      paid.push(String(data?.paymentId));
      await complete(sandbox.url, String(data?.paymentId), 'SUCCESS');
    }

    const moved = await advanceClock(sandbox.url, LATEST - 60_000 - Date.now());
    expect(moved.status).toBe(200);
    expect(moved.data.now).toMatch(/^9999-12-21T23:5\d:\d\dZ$/);

    // One minute past the latest time: refused, with the reason; the clock and the records are as they were.
    const before = { clock: (await control<{ offsetMs: number }>(sandbox.url, 'POST', 'clock', { advanceMs: 0 })).data.offsetMs, payments: (await control(sandbox.url, 'GET', 'payments')).data };
    const refused = await control<{ error: string; message: string }>(sandbox.url, 'POST', 'clock', { advanceMs: 2 * 60_000 });
    expect(refused.status).toBe(400);
    expect(refused.data).toEqual({ error: 'BAD_REQUEST', message: expect.stringMatching(/^advanceMs would move the sandbox clock past 9999-12-21T23:59:59Z: it stops 10d before 9999-12-31T23:59:59Z, so that a retrieval request's defenseDueTime/) });
    expect((await control<{ offsetMs: number }>(sandbox.url, 'POST', 'clock', { advanceMs: 0 })).data.offsetMs).toBe(before.clock);
    expect((await control(sandbox.url, 'GET', 'payments')).data).toEqual(before.payments);

    // The longest windows, opened at the latest time, end by 9999-12-31T23:59:59Z.
    for (const [paymentId, disputeType, days] of [[paid[0], 'CHARGEBACK', 7], [paid[1], 'RETRIEVAL_REQUEST', 10]] as const) {
      const { status, data } = await openDispute(sandbox.url, String(paymentId), { disputeType });
      expect(status, JSON.stringify(data)).toBe(200);
      expect(data.defenseDueTime).toMatch(ANTOM_DATE);
      expect(data.defenseDueTime.startsWith('9999-12-')).toBe(true);
      const created = merchant.received.find((item) => item.body.disputeId === data.disputeId);
      expect(created?.body.defenseDueTime).toBe(data.defenseDueTime);
      expect(Date.parse(data.defenseDueTime) - Date.parse(String(created?.body.disputeTime))).toBe(days * DAY);
    }

    // A payment made now expires, and is notified, with four-digit years too.
    const { data } = await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}/notify` }));
    const late = await complete(sandbox.url, String(data?.paymentId), 'SUCCESS');
    expect(late.status).toBe(200);
    const view = (await getPayment(sandbox.url, String(data?.paymentId))) as unknown as { expiresAt: string; createdAt: string; notifications: Array<{ at: string }> };
    for (const date of [view.createdAt, view.expiresAt, ...view.notifications.map((item) => item.at)]) expect(date).toMatch(ANTOM_DATE);
    const notified = merchant.received.find((item) => item.body.paymentId === data?.paymentId);
    expect(String(notified?.body.paymentTime)).toMatch(/^9999-12-2\dT/);
  });
});
