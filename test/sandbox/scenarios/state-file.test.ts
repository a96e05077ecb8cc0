// `--state <file>` against the real sandbox process: after a clean stop, and after `kill -9` in the middle of
// traffic, a start with the same file still gives every answer the sandbox had given (inquiries, idempotent
// replays, refund totals), and the jobs it had (expiry, card refunds, notification deliveries and retries) go on.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestExample } from '../../contract/helpers/spec.ts';
import { ACK } from '../helpers/merchant.ts';
import type { Merchant, Received } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, control, getPayment, openDispute, payBody } from '../helpers/sandbox.ts';
import { restartHarness } from '../helpers/sandbox-process.ts';
import type { SandboxProcess } from '../helpers/sandbox-process.ts';
import { sessionBody } from '../helpers/sessions.ts';

const harness = restartHarness();
let merchant: Merchant;
beforeAll(() => {
  merchant = harness.merchant();
});

const start = (file: string, extra: readonly string[] = []): Promise<SandboxProcess> => harness.start(['--state', harness.file(file), ...extra]);

/** Resolves with the first notification the merchant receives from now on that `matches`. */
function nextNotification(matches: (received: Received) => boolean): Promise<Received> {
  const seen = merchant.received.length;
  return new Promise((resolve) => {
    const poll = (): void => {
      const found = merchant.received.slice(seen).find(matches);
      if (found) resolve(found);
      else setTimeout(poll, 20);
    };
    poll();
  });
}

const usd = (value: string) => ({ currency: 'USD', value });
const { paymentRequestId: _cardId, ...cardExample } = requestExample('card');

describe('--state: a clean restart', () => {
  it('when the sandbox stops and starts with the same file, then inquiries, replays, refund totals, disputes, sessions and the clock are as before, and due jobs go on', async () => {
    let sandbox = await start('restart.jsonl');
    let client = checkedClient(sandbox.url);
    const notifyUrl = `${merchant.url}/notify`;
    // A wallet payment, paid and refunded 80.00 of 100.00.
    const walletBody = payBody({ paymentAmount: usd('10000'), paymentNotifyUrl: notifyUrl });
    const wallet = (await client.pay(walletBody)).data!;
    const walletId = wallet.paymentId as string;
    expect((await complete(sandbox.url, walletId, 'SUCCESS')).status).toBe(200);
    const refundBody = { refundRequestId: `${walletId}-r1`, paymentId: walletId, refundAmount: usd('8000') };
    const refund = (await client.refund(refundBody)).data!;
    expect(refund.result.resultCode).toBe('SUCCESS');
    // A manual-capture card authorisation, captured in part.
    const authBody = payBody({ ...cardExample, paymentFactor: { isAuthorization: 'true', captureMode: 'MANUAL' }, paymentNotifyUrl: notifyUrl });
    const authId = (await client.pay(authBody)).data!.paymentId as string;
    expect((await complete(sandbox.url, authId, 'SUCCESS')).status).toBe(200);
    const captureBody = { captureRequestId: `${authId}-c1`, paymentId: authId, captureAmount: usd('5000') };
    const capture = (await client.capture(captureBody)).data!;
    expect(capture.result.resultCode).toBe('SUCCESS');
    // A card payment whose refund is still in process (card refunds finish a minute later, sandbox time).
    const cardId = (await client.pay(payBody({ ...cardExample, paymentNotifyUrl: notifyUrl }))).data!.paymentId as string;
    expect((await complete(sandbox.url, cardId, 'SUCCESS')).status).toBe(200);
    const cardRefund = (await client.refund({ refundRequestId: `${cardId}-r1`, paymentId: cardId, refundAmount: usd('100') })).data!;
    expect(cardRefund.result.resultCode).toBe('REFUND_IN_PROCESS');
    // A chargeback, a Checkout Page session and a payment left unpaid.
    const disputedId = (await client.pay(payBody({ paymentNotifyUrl: notifyUrl }))).data!.paymentId as string;
    expect((await complete(sandbox.url, disputedId, 'SUCCESS')).status).toBe(200);
    const { disputeId } = (await openDispute(sandbox.url, disputedId)).data;
    const sessionRequest = sessionBody('CHECKOUT_PAYMENT', merchant.url);
    const session = (await client.createPaymentSession(sessionRequest)).data!;
    const openId = (await client.pay(payBody({ paymentNotifyUrl: notifyUrl }))).data!.paymentId as string;
    const offset = (await advanceClock(sandbox.url, 5_000)).data.offsetMs;

    const ids = [walletId, authId, cardId, disputedId, openId];
    const inquiries = async () => Promise.all(ids.map(async (paymentId) => (await client.inquiryPayment({ paymentId })).data));
    const replays = async () => ({
      pay: (await client.pay(walletBody)).data,
      refund: (await client.refund(refundBody)).data,
      capture: (await client.capture(captureBody)).data,
      session: (await client.createPaymentSession(sessionRequest)).data,
      inquiryRefund: (await client.inquiryRefund({ refundRequestId: `${cardId}-r1` })).data,
    });
    const before = { inquiries: await inquiries(), replays: await replays(), views: await Promise.all(ids.map((id) => getPayment(sandbox.url, id))) };

    await sandbox.stop();
    sandbox = await start('restart.jsonl');
    client = checkedClient(sandbox.url);

    expect(await inquiries()).toEqual(before.inquiries);
    expect(await replays()).toEqual(before.replays);
    expect(before.replays.session).toEqual(session);
    expect(before.replays.refund).toEqual(refund);
    expect(before.replays.capture).toEqual(capture);
    expect(await Promise.all(ids.map((id) => getPayment(sandbox.url, id)))).toEqual(before.views);
    // The refund total holds: 20.00 is left, not a cent more.
    expect((await client.refund({ refundRequestId: `${walletId}-r2`, paymentId: walletId, refundAmount: usd('2001') })).data?.result.resultCode).toBe('REFUND_AMOUNT_EXCEED');
    expect((await client.refund({ refundRequestId: `${walletId}-r3`, paymentId: walletId, refundAmount: usd('2000') })).data?.result.resultCode).toBe('SUCCESS');
    expect((await client.acceptDispute({ disputeId })).data?.result.resultCode).toBe('SUCCESS');
    // The latest notification is kept too: resend delivers the auth's notifyCapture again.
    const resent = nextNotification((item) => item.kind === 'notifyCapture' && item.body.captureRequestId === `${authId}-c1`);
    const resend = await control<{ kind: string; resent?: boolean; acknowledged: boolean }>(sandbox.url, 'POST', `payments/${authId}/resend`, {});
    expect([resend.status, resend.data.kind, resend.data.resent, resend.data.acknowledged]).toEqual([200, 'notifyCapture', true, true]);
    expect((await resent).body).toMatchObject({ captureId: capture.captureId, captureAmount: usd('5000') });
    // The clock kept its offset; moving it on finishes the card refund and closes the unpaid payment (their jobs resumed).
    const moved = (await advanceClock(sandbox.url, 15 * 60_000)).data.offsetMs;
    expect(moved).toBe(offset + 15 * 60_000);
    expect((await getPayment(sandbox.url, cardId)).refunds.map((item) => item.refundStatus)).toEqual(['SUCCESS']);
    expect((await getPayment(sandbox.url, openId)).paymentStatus).toBe('FAIL');
    await sandbox.stop();
  });
});

describe('--state: kill -9', () => {
  it('when the sandbox is killed in the middle of many concurrent pays, then every pay that got an answer is there after a restart', async () => {
    let sandbox = await start('killed.jsonl');
    let client = checkedClient(sandbox.url);
    const answered = new Map<string, string>();
    const bodies = Array.from({ length: 400 }, () => payBody({ paymentNotifyUrl: `${merchant.url}/notify` }));
    let next = 0;
    let failed = 0;
    let killing: Promise<void> | undefined;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          try {
            const { data } = await client.pay(body);
            answered.set(body.paymentRequestId, data!.paymentId as string);
          } catch {
            failed += 1;
          }
          if (answered.size === 150) killing ??= sandbox.kill();
        }
      }),
    );
    await killing;
    expect(answered.size).toBeGreaterThanOrEqual(150);
    expect(failed).toBeGreaterThan(0);

    sandbox = await start('killed.jsonl');
    client = checkedClient(sandbox.url);
    for (const [paymentRequestId, paymentId] of answered) {
      const { data } = await client.inquiryPayment({ paymentRequestId });
      expect(data, paymentRequestId).toMatchObject({ result: { resultCode: 'SUCCESS' }, paymentId, paymentStatus: 'PROCESSING' });
    }
    await sandbox.stop();
  });

  it('when a notification was being delivered at the kill, then it is delivered again after the restart, without moving the clock', async () => {
    // An endpoint that holds the first delivery without answering and acknowledges the ones after it.
    const bodies: Array<Record<string, unknown>> = [];
    let arrived: () => void = () => undefined;
    const endpoint = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
        arrived();
        if (bodies.length > 1) res.writeHead(200, { 'content-type': 'application/json' }).end(ACK.body);
      });
    });
    endpoint.listen(0, '127.0.0.1');
    await once(endpoint, 'listening');
    const arrival = (): Promise<void> => new Promise((resolve) => (arrived = resolve));
    try {
      let sandbox = await start('delivery.jsonl');
      const client = checkedClient(sandbox.url);
      const paymentId = (await client.pay(payBody({ paymentNotifyUrl: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/notify` }))).data!.paymentId as string;
      const first = arrival();
      void complete(sandbox.url, paymentId, 'SUCCESS').catch(() => undefined);
      await first;
      const again = arrival();
      await sandbox.kill();
      sandbox = await start('delivery.jsonl');
      await again;
      expect(bodies.map((body) => [body.paymentId, body.notifyType, (body.result as { resultCode: string }).resultCode])).toEqual([
        [paymentId, 'PAYMENT_RESULT', 'SUCCESS'],
        [paymentId, 'PAYMENT_RESULT', 'SUCCESS'],
      ]);
      expect((await getPayment(sandbox.url, paymentId)).paymentStatus).toBe('SUCCESS');
      await sandbox.stop();
    } finally {
      endpoint.closeAllConnections();
      endpoint.close();
    }
  });

  it('when a retry falls due after the restart, then moving the sandbox clock delivers it, as attempt 2', async () => {
    let sandbox = await start('retry.jsonl');
    const client = checkedClient(sandbox.url);
    const paymentId = (await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}/retry` }))).data!.paymentId as string;
    merchant.answer = (item) => (item.path === '/retry' ? { status: 500, body: 'busy' } : ACK);
    expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(200);
    merchant.answer = () => ACK;
    await sandbox.kill();
    sandbox = await start('retry.jsonl');
    const retried = nextNotification((item) => item.path === '/retry' && item.body.paymentId === paymentId);
    await advanceClock(sandbox.url, 2 * 60_000);
    expect((await retried).body).toMatchObject({ paymentId, notifyType: 'PAYMENT_RESULT' });
    const view = await getPayment(sandbox.url, paymentId);
    expect(view.notifications.map((item) => [item.attempt, item.httpStatus, item.acknowledged])).toEqual([[1, 500, false], [2, 200, true]]);
    await sandbox.stop();
  });
});
