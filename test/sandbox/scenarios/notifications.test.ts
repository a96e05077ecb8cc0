// Notification delivery against a real sandbox: Antom's retry schedule in sandbox time, what counts as an
// acknowledgement, and a request-time that stays fresh (wall clock) however far the sandbox clock was moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../sandbox/free-port.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ACK, startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let client: ReturnType<typeof checkedClient>;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  [sandbox, merchant] = await Promise.all([startTestSandbox(), startMerchant()]);
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

async function paidWithNotices(notifyPath: string): Promise<string> {
  const { data } = await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}${notifyPath}` }));
  const paymentId = data!.paymentId as string;
  expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(200);
  return paymentId;
}

describe('retries', () => {
  it('when the merchant never acknowledges, then the notification is delivered 8 times at 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h gaps', async () => {
    merchant.answer = (received) => (received.path === '/never' ? { status: 500, body: 'busy' } : ACK);
    const paymentId = await paidWithNotices('/never');
    expect((await getPayment(sandbox.url, paymentId)).notifications).toHaveLength(1);
    await advanceClock(sandbox.url, 25 * HOUR);
    const { notifications } = await getPayment(sandbox.url, paymentId);
    expect(notifications.map((item) => [item.attempt, item.httpStatus, item.acknowledged])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => [attempt, 500, false]),
    );
    const first = Date.parse(notifications[0]!.at);
    const offsets = notifications.map((item) => Date.parse(item.at) - first);
    expect(offsets).toEqual([0, 2 * MINUTE, 12 * MINUTE, 22 * MINUTE, 82 * MINUTE, 202 * MINUTE, 562 * MINUTE, 1462 * MINUTE]);
    const deliveries = merchant.received.filter((item) => item.path === '/never');
    expect(deliveries).toHaveLength(8);
    // Signed with the wall-clock time of each delivery: still fresh for verifyNotification after 25 h of sandbox time.
    expect(deliveries.every((item) => item.verified)).toBe(true);
    expect(new Set(deliveries.map((item) => JSON.stringify(item.body))).size).toBe(1);
    await advanceClock(sandbox.url, 48 * HOUR);
    expect((await getPayment(sandbox.url, paymentId)).notifications).toHaveLength(8);
  });

  it('when the first answer is not the acknowledgement body, then it is retried 2 minutes later and an acknowledgement ends the retries', async () => {
    let calls = 0;
    merchant.answer = (received) => (received.path === '/second' && calls++ === 0 ? { status: 200, body: 'OK' } : ACK);
    const paymentId = await paidWithNotices('/second');
    await advanceClock(sandbox.url, 2 * MINUTE);
    await advanceClock(sandbox.url, 24 * HOUR);
    const { notifications } = await getPayment(sandbox.url, paymentId);
    expect(notifications.map((item) => [item.attempt, item.httpStatus, item.acknowledged])).toEqual([[1, 200, false], [2, 200, true]]);
  });

  it('when the merchant answers the acknowledgement body with a non-2xx status, then it does not count', async () => {
    merchant.answer = (received) => (received.path === '/status' ? { status: 503, body: ACK.body } : ACK);
    const paymentId = await paidWithNotices('/status');
    expect((await getPayment(sandbox.url, paymentId)).notifications).toEqual([expect.objectContaining({ httpStatus: 503, acknowledged: false })]);
  });

  it('when nothing listens at the notify URL, then the delivery is recorded without a status and retried', async () => {
    const closedPort = await findFreePort();
    const { data } = await client.pay(payBody({ paymentNotifyUrl: `http://127.0.0.1:${closedPort}/gone` }));
    const paymentId = data!.paymentId as string;
    await complete(sandbox.url, paymentId, 'FAIL');
    await advanceClock(sandbox.url, 2 * MINUTE);
    const { notifications } = await getPayment(sandbox.url, paymentId);
    expect(notifications.map((item) => [item.kind, item.url, item.httpStatus, item.acknowledged])).toEqual([
      ['notifyPayment', `http://127.0.0.1:${closedPort}/gone`, null, false],
      ['notifyPayment', `http://127.0.0.1:${closedPort}/gone`, null, false],
    ]);
  });

  it('when the notify URL is not on this machine, then nothing is sent and the record says why', async () => {
    const { data } = await client.pay(payBody({ paymentNotifyUrl: 'https://merchant.example/antom/notify' }));
    const paymentId = data!.paymentId as string;
    await complete(sandbox.url, paymentId, 'SUCCESS');
    const { notifications } = await getPayment(sandbox.url, paymentId);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ httpStatus: null, acknowledged: false });
    expect((notifications[0] as { problem?: string }).problem).toMatch(/merchant\.example is not a loopback host .*--notify-any-host/);
  });

  it('when the sandbox is reset, then its payments and pending retries are gone', async () => {
    merchant.answer = (received) => (received.path === '/reset' ? { status: 500, body: '' } : ACK);
    const paymentId = await paidWithNotices('/reset');
    const reset = await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(reset.status).toBe(200);
    expect((await fetch(`${sandbox.url}/__sandbox/payments/${paymentId}`)).status).toBe(404);
    await advanceClock(sandbox.url, 25 * HOUR);
    expect(merchant.received.filter((item) => item.path === '/reset')).toHaveLength(1);
    expect((await (await fetch(`${sandbox.url}/__sandbox/payments`)).json()) as unknown).toEqual({ payments: [] });
  });
});
