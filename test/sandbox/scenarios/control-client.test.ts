// The typed control client of `antom-pay/sandbox` against a real sandbox: typed answers for every operation, the
// sandbox's refusals as SandboxControlError, resend (recorded, no retries), and --forward-to (every notification
// posted to one URL, the URL the request named still recorded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxControlError, createSandboxControl } from '../../../sandbox/index.ts';
import type { SandboxControl } from '../../../sandbox/index.ts';
import { findFreePort } from '../../../sandbox/free-port.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ACK, startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { checkedClient, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let control: SandboxControl;
let client: ReturnType<typeof checkedClient>;

beforeAll(async () => {
  [sandbox, merchant] = await Promise.all([startTestSandbox(), startMerchant()]);
  control = createSandboxControl({ url: `${sandbox.url}/` });
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

async function pay(path = '/notify'): Promise<{ paymentId: string; paymentRequestId: string }> {
  const body = payBody({ paymentNotifyUrl: `${merchant.url}${path}` });
  const { data } = await client.pay(body);
  return { paymentId: data.paymentId!, paymentRequestId: body.paymentRequestId };
}

/** Completes the payment, waits for its notification and answers the payment as it then is. */
async function completed(target: SandboxControl, paymentId: string, outcome?: 'SUCCESS' | 'FAIL') {
  await target.complete(paymentId, outcome);
  expect(await target.settle(paymentId)).toEqual({ settled: true, queued: 0, inFlight: 0 });
  return target.payment(paymentId);
}

const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail('the sandbox should have refused'), (error: unknown) => error as SandboxControlError);

describe('createSandboxControl', () => {
  it('when a payment is made, completed and disputed, then every answer is the typed view of the control API', async () => {
    const { paymentId, paymentRequestId } = await pay();
    expect(control.url).toBe(sandbox.url);
    expect((await control.payments()).map((item) => item.paymentId)).toContain(paymentId);
    expect(await control.payments({ paymentRequestId })).toEqual([expect.objectContaining({ paymentId, paymentStatus: 'PROCESSING' })]);
    expect((await control.payment({ paymentRequestId })).paymentId).toBe(paymentId);
    expect((await control.payment({ paymentId })).paymentRequestId).toBe(paymentRequestId);

    const answered = await control.complete(paymentId);
    expect(answered).toMatchObject({ paymentId, paymentStatus: 'SUCCESS' });
    const paid = (await control.settle(paymentId), await control.payment(paymentId));
    expect(paid).toMatchObject({ paymentId, paymentStatus: 'SUCCESS', paymentResultCode: 'SUCCESS' });
    expect(paid.notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', attempt: 1, acknowledged: true, httpStatus: 200 })]);

    const opened = await control.dispute(paymentId, { disputeType: 'CHARGEBACK', disputeReasonCode: '13.1' });
    await control.settle(paymentId);
    expect(await control.deliveries()).toEqual({ queued: 0, inFlight: 0 });
    expect(opened.disputeId).toMatch(/^SBXDISPUTE/);
    expect(Date.parse(opened.defenseDueTime)).toBeGreaterThan(Date.now());
    expect((await control.payment(paymentId)).disputes).toEqual([{ disputeId: opened.disputeId, disputeStatus: 'OPEN' }]);
    // Not defended yet: the sandbox refuses to judge.
    expect(await refusal(control.judge(opened.disputeId, 'ACCEPT_BY_MERCHANT'))).toMatchObject({ status: 409, code: 'CONFLICT' });

    const notes = await control.notifications(paymentId);
    expect(notes.map((note) => [note.paymentId, note.kind])).toEqual([[paymentId, 'notifyPayment'], [paymentId, 'dispute']]);
    expect((await control.notifications()).filter((note) => note.paymentId === paymentId)).toEqual(notes);
  });

  it('when the clock is moved by a duration, then sandbox time moves by that much', async () => {
    const before = await control.advanceClock(0);
    const after = await control.advanceClock('+2h');
    expect(after.offsetMs - before.offsetMs).toBe(2 * 3_600_000);
    expect((await control.advanceClock('1h30m')).offsetMs - after.offsetMs).toBe(90 * 60_000);
    await expect(control.advanceClock('soon')).rejects.toThrow(/advanceClock takes milliseconds or a duration such as '\+15m'/);
  });

  it('when the sandbox refuses, then the error carries its status, code and message', async () => {
    expect(await refusal(control.payment('NO_SUCH_PAYMENT'))).toMatchObject({ name: 'SandboxControlError', status: 404, code: 'NOT_FOUND', message: 'no payment NO_SUCH_PAYMENT' });
    expect(await refusal(control.payment({ paymentRequestId: 'never-used' }))).toMatchObject({ status: 404, message: 'no payment with paymentRequestId never-used' });
    const { paymentId } = await pay();
    await completed(control, paymentId, 'FAIL');
    expect(await refusal(control.complete(paymentId, 'SUCCESS'))).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(await refusal(control.dispute(paymentId))).toMatchObject({ status: 409, message: expect.stringContaining('only a paid (SUCCESS) payment can be disputed') });
  });

  it('when nothing listens at the URL, then the error says no sandbox answers there and how to start one', async () => {
    const nowhere = createSandboxControl({ url: `http://127.0.0.1:${await findFreePort()}` });
    const error = await refusal(nowhere.payments());
    expect(error).toBeInstanceOf(SandboxControlError);
    expect(error).toMatchObject({ status: 0, code: 'UNREACHABLE' });
    expect(error.message).toBe(`no sandbox answers at ${nowhere.url}: start one with \`npx antom-pay-sandbox\`, or give the URL of yours`);
    expect(() => createSandboxControl({ url: 'ftp://127.0.0.1' })).toThrow(TypeError);
  });

  it('when something else answers at the URL, then the error says it is not the sandbox', async () => {
    const elsewhere = createSandboxControl({ url: merchant.url });
    expect(await refusal(elsewhere.payments())).toMatchObject({ code: 'NOT_A_SANDBOX' });
  });
});

describe('resend', () => {
  it('when a payment notification was refused, then resend delivers it again now, recorded as resent, without retries of its own', async () => {
    let refuse = true;
    merchant.answer = (received) => (received.path === '/flaky' && refuse ? { status: 503, body: 'down' } : ACK);
    const { paymentId } = await pay('/flaky');
    expect((await completed(control, paymentId)).notifications).toEqual([expect.objectContaining({ attempt: 1, httpStatus: 503, acknowledged: false })]);
    refuse = false;
    const resent = await control.resend(paymentId);
    expect(resent).toMatchObject({ kind: 'notifyPayment', url: `${merchant.url}/flaky`, attempt: 2, resent: true, httpStatus: 200, acknowledged: true });
    const bodies = merchant.received.filter((item) => item.path === '/flaky');
    expect(bodies).toHaveLength(2);
    expect(bodies.every((item) => item.verified)).toBe(true);
    expect(bodies[1]!.rawBody).toBe(bodies[0]!.rawBody);
    // A resend that is refused is recorded and not retried; the first delivery's own retry (2 min later) goes on.
    refuse = true;
    expect(await control.resend(paymentId)).toMatchObject({ attempt: 3, resent: true, acknowledged: false, httpStatus: 503 });
    refuse = false;
    await control.advanceClock('+30m');
    await control.settle(paymentId);
    expect((await control.payment(paymentId)).notifications.map((item) => [item.attempt, item.resent ?? false])).toEqual([[1, false], [2, true], [3, true], [2, false]]);
  });

  it('when the latest notification is a refund, then that one is sent again', async () => {
    merchant.answer = () => ACK;
    const { paymentId } = await pay();
    await completed(control, paymentId);
    const { data } = await client.refund({ paymentId, refundRequestId: `rf-${paymentId}`, refundAmount: { currency: 'USD', value: '1' }, refundNotifyUrl: `${merchant.url}/refunds` });
    await control.settle(paymentId);
    expect(await control.resend(paymentId)).toMatchObject({ kind: 'notifyRefund', subjectId: data.refundId, attempt: 2, resent: true, acknowledged: true });
  });

  it('when nothing was sent, then resend is refused', async () => {
    const { paymentId } = await pay();
    expect(await refusal(control.resend(paymentId))).toMatchObject({ status: 409, message: `payment ${paymentId} has no notification to resend: none was sent since the sandbox started` });
    expect(await refusal(control.resend('NO_SUCH_PAYMENT'))).toMatchObject({ status: 404 });
  });
});

describe('--forward-to', () => {
  it('when set, then every notification goes there, signed for its path, and the URL the request named is recorded', async () => {
    const forwarded = await startTestSandbox({ settings: { forwardTo: `${merchant.url}/forwarded` } });
    try {
      merchant.answer = () => ACK;
      const forwardedControl = createSandboxControl({ url: forwarded.url });
      const { data } = await checkedClient(forwarded.url).pay(payBody({ paymentNotifyUrl: 'https://shop.example/antom/notify' }));
      const paid = await completed(forwardedControl, data.paymentId!);
      expect(paid.notifications).toEqual([
        expect.objectContaining({ kind: 'notifyPayment', url: 'https://shop.example/antom/notify', forwardedTo: `${merchant.url}/forwarded`, acknowledged: true }),
      ]);
      const received = merchant.received.filter((item) => item.path === '/forwarded');
      expect(received.map((item) => [item.body.paymentId, item.verified])).toEqual([[data.paymentId, true]]);
    } finally {
      await forwarded.close();
    }
  });
});
