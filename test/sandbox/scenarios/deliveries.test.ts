// Deliveries run in the background, apart per payment and per target: a merchant endpoint that never answers holds
// only its own notifications. A real hanging endpoint beside a good one; every assertion is about the order of
// events (the hanging request is still open when something else happened), none about how long anything took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentNotification } from '../../../sandbox/notify/bodies.ts';
import type { NotificationRequest } from '../../../sandbox/notify/notifier.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { startHangingEndpoint } from '../helpers/hanging-endpoint.ts';
import type { HangingEndpoint } from '../helpers/hanging-endpoint.ts';
import { ACK, startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, control, getPayment, payBody, settle, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let hanging: HangingEndpoint;
let client: ReturnType<typeof checkedClient>;

beforeAll(async () => {
  // Long enough that only the test (release) or the sandbox's stop ends a hanging delivery; two slots per target.
  [sandbox, merchant, hanging] = await Promise.all([
    startTestSandbox({ notificationTimeoutMs: 120_000, deliveryLimits: { maxInFlight: 4, maxPerTarget: 2 } }),
    startMerchant(),
    startHangingEndpoint(),
  ]);
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
  await hanging?.close();
});

async function openPayment(notifyUrl: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { data } = await client.pay(payBody({ paymentNotifyUrl: notifyUrl, paymentAmount: { currency: 'USD', value: '10000' }, ...overrides }));
  return data!.paymentId as string;
}

/** POST complete without waiting for deliveries (control() does not settle). */
const completeNow = (paymentId: string) => control<{ paymentStatus: string }>(sandbox.url, 'POST', `payments/${paymentId}/complete`, { outcome: 'SUCCESS' });
const deliveries = async () => (await control<{ queued: number; inFlight: number }>(sandbox.url, 'GET', 'deliveries')).data;

describe('a hanging merchant endpoint', () => {
  it('when one payment\'s endpoint hangs, then control calls, clock moves and API answers go on and another payment\'s notification arrives while it is in flight', async () => {
    const stuck = await openPayment(`${hanging.url}/stuck`);
    expect((await completeNow(stuck)).data.paymentStatus).toBe('SUCCESS');
    await hanging.until(() => hanging.held.some((request) => request.body.paymentId === stuck));

    const fine = await openPayment(`${merchant.url}/fine`);
    expect((await completeNow(fine)).status).toBe(200);
    const notice = await merchant.arrival((received) => received.body.paymentId === fine);
    expect(notice).toMatchObject({ verified: true, body: { notifyType: 'PAYMENT_RESULT' } });
    await settle(sandbox.url, fine);
    expect((await control<{ offsetMs: number }>(sandbox.url, 'POST', 'clock', { advanceMs: 60_000 })).status).toBe(200);
    const { data: inquiry } = await client.inquiryPayment({ paymentId: stuck });
    expect(inquiry?.paymentStatus).toBe('SUCCESS');
    // All of the above happened while the stuck delivery was still waiting for its answer.
    expect(hanging.open()).toBe(1);
    expect(await deliveries()).toEqual({ queued: 0, inFlight: 1 });
    expect((await getPayment(sandbox.url, stuck)).notifications).toEqual([]);
    expect((await getPayment(sandbox.url, fine)).notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', attempt: 1, acknowledged: true })]);

    hanging.release();
    await settle(sandbox.url);
    expect((await getPayment(sandbox.url, stuck)).notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', attempt: 1, acknowledged: true })]);
    expect(await deliveries()).toEqual({ queued: 0, inFlight: 0 });
  });

  // [when, the hanging URL, the good URL, what the good endpoint received]
  it.each<[string, () => string, () => string, () => Array<{ body: Record<string, unknown> }>]>([
    [
      'several payments notify the hanging endpoint, then it holds only its own slots (two here) and the good endpoint is still served',
      () => `${hanging.url}/many`,
      () => `${merchant.url}/fine`,
      () => merchant.received,
    ],
    [
      'one path of a merchant host hangs with all its slots taken, then another path of the same host is still served',
      () => `${hanging.url}/slow-path?order=1`,
      () => `${hanging.url}/answer/notify`,
      () => hanging.answered,
    ],
  ])('when %s', async (_when, stuckUrl, fineUrl, receivedAtFine) => {
    const stuck = await Promise.all([1, 2, 3].map(() => openPayment(stuckUrl())));
    for (const paymentId of stuck) await completeNow(paymentId);
    await hanging.until(() => hanging.open() === 2);
    const fine = await openPayment(fineUrl());
    await completeNow(fine);
    await settle(sandbox.url, fine);
    expect(receivedAtFine().filter((received) => received.body.paymentId === fine)).toHaveLength(1);
    expect(hanging.open()).toBe(2);
    expect(await deliveries()).toEqual({ queued: 1, inFlight: 2 });
    hanging.release();
    // The third is sent once a slot is free.
    await hanging.until(() => hanging.open() === 1);
    hanging.release();
    await settle(sandbox.url);
    for (const paymentId of stuck) expect((await getPayment(sandbox.url, paymentId)).notifications).toEqual([expect.objectContaining({ acknowledged: true })]);
  });

  it('when a payment\'s first notification hangs, then its refund notification waits behind it and never overtakes it', async () => {
    const paymentId = await openPayment(`${hanging.url}/ordered`);
    await completeNow(paymentId);
    await hanging.until(() => hanging.held.some((request) => request.body.paymentId === paymentId));
    const { data: refund } = await client.refund({ refundRequestId: `${paymentId}-r1`, paymentId, refundAmount: { currency: 'USD', value: '100' }, refundNotifyUrl: `${merchant.url}/refund` });
    expect(refund?.result.resultCode).toBe('SUCCESS');
    // Another payment's notification to the same good endpoint, enqueued after the refund's, gets through...
    const other = await openPayment(`${merchant.url}/fine`);
    await completeNow(other);
    await settle(sandbox.url, other);
    expect(merchant.received.filter((received) => received.body.paymentId === other)).toHaveLength(1);
    // ...while the refund's waits for the payment's own notification to end.
    expect(merchant.received.some((received) => received.body.refundId === refund?.refundId)).toBe(false);
    hanging.release();
    await merchant.arrival((received) => received.body.refundId === refund?.refundId);
    await settle(sandbox.url);
    expect((await getPayment(sandbox.url, paymentId)).notifications.map((record) => [record.kind, record.acknowledged])).toEqual([['notifyPayment', true], ['notifyRefund', true]]);
  });

  it('when a notification is delivered now to another URL (a resend), then it is recorded as its next delivery and never retried', async () => {
    const paymentId = await openPayment(`${merchant.url}/first`);
    await completeNow(paymentId);
    await settle(sandbox.url, paymentId);
    const ctx = sandbox.sandbox!;
    const payment = ctx.store.paymentById(paymentId)!;
    const request: NotificationRequest = { kind: 'notifyPayment', url: payment.paymentNotifyUrl, payment, body: paymentNotification(payment, ctx.results) };
    expect(await ctx.notifier.deliverNow(request, `${merchant.url}/again`)).toMatchObject({ kind: 'notifyPayment', url: `${merchant.url}/again`, attempt: 2, acknowledged: true });
    merchant.answer = (received) => (received.path === '/refused' ? { status: 500, body: 'busy' } : ACK);
    expect(await ctx.notifier.deliverNow(request, `${merchant.url}/refused`)).toMatchObject({ attempt: 3, httpStatus: 500, acknowledged: false });
    await advanceClock(sandbox.url, 25 * 60 * 60_000);
    const paths = merchant.received.filter((received) => received.body.paymentId === paymentId).map((received) => received.path);
    expect(paths).toEqual(['/first', '/again', '/refused']);
    expect(new Set(merchant.received.filter((received) => received.body.paymentId === paymentId).map((received) => JSON.stringify(received.body))).size).toBe(1);
  });

  it('when the sandbox is reset while a delivery hangs, then the delivery is abandoned and nothing is recorded or retried', async () => {
    const before = hanging.held.length;
    const paymentId = await openPayment(`${hanging.url}/reset`);
    await completeNow(paymentId);
    await hanging.until(() => hanging.held.length === before + 1);
    expect((await control(sandbox.url, 'POST', 'reset', {})).status).toBe(200);
    await hanging.until(() => hanging.held.at(-1)?.abandoned === true);
    await settle(sandbox.url);
    expect(await deliveries()).toEqual({ queued: 0, inFlight: 0 });
    expect(hanging.held).toHaveLength(before + 1);
  });

  it('when settle is asked with a bad timeout, then it answers 400', async () => {
    expect((await control(sandbox.url, 'POST', 'deliveries/settle', { timeoutMs: -1 })).status).toBe(400);
  });
});
