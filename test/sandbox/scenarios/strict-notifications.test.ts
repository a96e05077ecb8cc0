// --strict-notifications against real endpoints: the toolkit's verifier (the merchant helper, verifyNotification
// on the raw body and the headers as received) accepts every variant the sandbox sends; a naive endpoint that
// parses the body and verifies JSON.stringify of it is refused on every strict delivery, though the default
// sandbox lets it pass; the variants really occur on the wire (layout, request-time forms, header name case).
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationAckBody, parsePublicKey, verifyNotification } from '../../../src/index.ts';
import { createSandboxControl } from '../../../sandbox/index.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../../sandbox/test-keys.ts';
import { listenOnLoopback } from '../../webhooks/helpers/listen.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { checkedClient, payBody, startTestSandbox } from '../helpers/sandbox.ts';

const antomPublicKey = parsePublicKey(readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH));
let strict: RunningMock;
let lenient: RunningMock;
let merchant: Merchant;
let naive: { origin: string; close(): Promise<void> };

/** The bug this mode catches: the body parsed by a framework, then serialized again for the signature check. */
const naiveServer = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const reserialized = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    try {
      verifyNotification({ method: 'POST', path: req.url ?? '/', headers: req.headers, rawBody: reserialized }, { clientId: TEST_CLIENT_ID, antomPublicKey });
      res.writeHead(200, { 'content-type': 'application/json' }).end(notificationAckBody());
    } catch {
      res.writeHead(401).end('bad signature');
    }
  });
});

beforeAll(async () => {
  [strict, lenient, merchant, naive] = await Promise.all([
    startTestSandbox({ settings: { strictNotificationSeed: 'ci' } }),
    startTestSandbox(),
    startMerchant(),
    listenOnLoopback(naiveServer),
  ]);
});
afterAll(async () => {
  await Promise.all([strict?.close(), lenient?.close(), merchant?.close(), naive?.close()]);
});

/** Pays and completes `count` payments on `sandbox`, notified at `notifyUrl`; answers the payments' views. */
async function paid(sandbox: RunningMock, notifyUrl: string, count: number) {
  const client = checkedClient(sandbox.url);
  const control = createSandboxControl({ url: sandbox.url });
  const views = [];
  for (let i = 0; i < count; i++) {
    const { data } = await client.pay(payBody({ paymentNotifyUrl: notifyUrl }));
    await control.complete(data.paymentId!);
    await control.settle(data.paymentId!);
    views.push(await control.payment(data.paymentId!));
  }
  return views;
}

describe('--strict-notifications', () => {
  it('when the merchant verifies the raw body and reads headers by any case, then every variant is verified and acknowledged', async () => {
    const views = await paid(strict, `${merchant.url}/strict`, 24);
    expect(views.flatMap((view) => view.notifications.map((note) => note.acknowledged))).toEqual(Array(24).fill(true));
    const received = merchant.received.filter((item) => item.path === '/strict');
    expect(received).toHaveLength(24);
    expect(received.every((item) => item.verified)).toBe(true);
    // Never the bytes JSON.stringify would write; the layouts, time forms and header cases all vary.
    expect(received.filter((item) => JSON.stringify(JSON.parse(item.rawBody)) === item.rawBody)).toEqual([]);
    expect(new Set(received.map((item) => (item.rawBody.includes('\n') ? (item.rawBody.includes('\t') ? 'tab' : 'indent') : 'one-line'))).size).toBe(3);
    const timeForms = new Set(received.map((item) => (/^\d+$/.test(item.requestTime) ? 'epoch' : item.requestTime.slice(19))));
    expect(timeForms.size).toBeGreaterThanOrEqual(3);
    const timeHeaderNames = new Set(received.map((item) => item.rawHeaders.find((name) => name.toLowerCase() === 'request-time')));
    expect(timeHeaderNames.size).toBeGreaterThanOrEqual(2);
    expect([...timeHeaderNames].some((name) => name !== 'request-time')).toBe(true);
  });

  it('when the merchant re-serializes the body before verifying, then every strict delivery is refused, and the default sandbox did not catch it', async () => {
    const [lenientView] = await paid(lenient, `${naive.origin}/naive`, 1);
    expect(lenientView!.notifications).toEqual([expect.objectContaining({ httpStatus: 200, acknowledged: true })]);
    const views = await paid(strict, `${naive.origin}/naive`, 6);
    expect(views.map((view) => view.notifications.map((note) => [note.httpStatus, note.acknowledged]))).toEqual(Array(6).fill([[401, false]]));
    expect(views[0]!.notifications[0]!.problem).toMatch(/^answer was not the acknowledgement: HTTP 401 bad signature \(strict: body \S+/);
  });

  it('when a delivery is retried, then each attempt has a shape of its own, verified, carrying the same value', async () => {
    const control = createSandboxControl({ url: strict.url });
    const refusing = merchant.received.length;
    merchant.answer = () => ({ status: 500, body: 'busy' });
    const [view] = await paid(strict, `${merchant.url}/retried`, 1);
    await control.advanceClock('+2m');
    await control.settle(view!.paymentId);
    await control.advanceClock('+10m');
    await control.settle(view!.paymentId);
    const attempts = merchant.received.slice(refusing).filter((item) => item.path === '/retried');
    expect(attempts).toHaveLength(3);
    expect(attempts.every((item) => item.verified)).toBe(true);
    expect(new Set(attempts.map((item) => item.rawBody)).size).toBeGreaterThan(1);
    expect(attempts.map((item) => JSON.parse(item.rawBody) as unknown)).toEqual(Array(3).fill(JSON.parse(attempts[0]!.rawBody)));
    expect(view!.paymentId).toBe(attempts[0]!.body.paymentId);
  });
});
