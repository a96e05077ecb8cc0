// `antom-pay/testing` as a merchant's unit test uses it: a notification or an answer signed with the sandbox's
// published test key is accepted by the real client (all three notification forms, and an answer through an
// injected fetch), anything tampered with is refused, and the signature is judged by the openssl CLI too.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAntomClient, isAntomError, sendNotificationAck, webhookErrorStatus } from 'antom-pay';
import type { AntomClient } from 'antom-pay';
import { ANTOM_TEST_PUBLIC_KEY, signTestNotification, signTestResponse } from 'antom-pay/testing';
import { MERCHANT_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { createOpensslWorkspace, opensslVerify } from '../runtime/helpers/openssl.ts';

const clientId = 'SHOP_2024_0042';
const notifyBody = JSON.parse(readFileSync(new URL('../spec/real-bodies/notifyPayment/card-sgd-success.notification.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const clientWith = (extra: Partial<Parameters<typeof createAntomClient>[0]> = {}): AntomClient =>
  createAntomClient({ clientId, privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH), antomPublicKey: ANTOM_TEST_PUBLIC_KEY, region: 'na', ...extra });
const refusal = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return error;
  }
};

describe('signTestNotification', () => {
  const client = clientWith();

  it('is accepted by client.verifyNotification as is, typed by kind', async () => {
    const signed = await signTestNotification({ path: '/antom/notify', clientId, body: notifyBody });
    const notice = client.verifyNotification(signed);
    expect(notice.kind).toBe('payment');
    expect(notice.body).toEqual(notifyBody);
    expect(signed.headers['client-id']).toBe(clientId);
    expect(signed.body).toBe(JSON.stringify(notifyBody));
  });

  it('signs exactly what Antom signs, as the openssl CLI judges it', async () => {
    const signed = await signTestNotification({ path: '/antom/notify?shop=7', clientId, body: '{"notifyType":"PAYMENT_RESULT"}', requestTime: '2024-05-01T10:00:00+08:00' });
    const ws = createOpensslWorkspace();
    try {
      const keyFile = ws.write('antom.pem', ANTOM_TEST_PUBLIC_KEY);
      const signature = decodeURIComponent(/signature=([^,]+)$/.exec(signed.headers['signature']!)![1]!);
      const content = `POST /antom/notify?shop=7\n${clientId}.2024-05-01T10:00:00+08:00.{"notifyType":"PAYMENT_RESULT"}`;
      expect(opensslVerify(ws, keyFile, content, signature)).toBe(true);
      expect(opensslVerify(ws, keyFile, content.replace('shop=7', 'shop=8'), signature)).toBe(false);
    } finally {
      ws.dispose();
    }
  });

  it('as a web Request (toRequest) passes client.verifyWebhook, and a full URL as path signs its path', async () => {
    const signed = await signTestNotification({ path: 'https://shop.example/antom/notify', clientId, body: notifyBody });
    expect(signed.path).toBe('/antom/notify');
    const notice = await client.verifyWebhook(signed.toRequest('https://shop.example/'));
    expect(notice.kind).toBe('payment');
  });

  it('posted with its headers and body to a node:http endpoint, passes client.verifyNodeWebhook', async () => {
    const statuses: number[] = [];
    const server = createServer((req, res) => {
      client.verifyNodeWebhook(req).then(
        () => sendNotificationAck(res),
        (error: unknown) => res.writeHead(webhookErrorStatus(error)).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const signed = await signTestNotification({ path: '/antom/notify', clientId, body: notifyBody });
      for (const body of [signed.body, signed.body.replace('4200', '4201')]) {
        const response = await fetch(`${origin}${signed.path}`, { method: 'POST', headers: signed.headers, body });
        statuses.push(response.status);
        if (response.status === 200) expect(await response.json()).toEqual({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } });
      }
    } finally {
      server.close();
    }
    expect(statuses).toEqual([200, 401]);
  });

  it('tampered with (body, path, time) or for another client ID, is refused with AntomSignatureError', async () => {
    const signed = await signTestNotification({ path: '/antom/notify', clientId, body: notifyBody });
    const reasons = [
      { ...signed, rawBody: signed.rawBody.replace('SGD', 'USD') },
      { ...signed, path: '/antom/notify2' },
      { ...signed, headers: { ...signed.headers, 'request-time': String(Number(signed.headers['request-time']) + 1) } },
    ].map((forged) => (refusal(() => client.verifyNotification(forged)) as { reason?: string }).reason);
    expect(reasons).toEqual(['bad-signature', 'bad-signature', 'bad-signature']);
    const other = await signTestNotification({ path: '/antom/notify', clientId: 'SOMEONE_ELSE', body: notifyBody });
    expect((refusal(() => client.verifyNotification(other)) as { reason?: string }).reason).toBe('client-id-mismatch');
  });

  it('an old requestTime is refused as stale; a key of your own needs its public half in the client', async () => {
    const old = await signTestNotification({ path: '/n', clientId, body: notifyBody, requestTime: Date.now() - 10 * 60_000 });
    expect((refusal(() => client.verifyNotification(old)) as { reason?: string }).reason).toBe('stale');
    const own = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signedWithOwn = await signTestNotification({ path: '/n', clientId, body: notifyBody, privateKey: own.privateKey });
    expect((refusal(() => client.verifyNotification(signedWithOwn)) as { reason?: string }).reason).toBe('bad-signature');
    expect(clientWith({ antomPublicKey: own.publicKey }).verifyNotification(signedWithOwn).kind).toBe('payment');
  });

  it('refuses unusable input with AntomConfigError', async () => {
    const cases = [
      { path: 'antom/notify', clientId, body: {} },
      { path: '/n', clientId: '', body: {} },
      { path: '/n', clientId, body: undefined },
      { path: '/n', clientId, body: {}, privateKey: 'not a key' },
    ];
    for (const input of cases) {
      const error = await signTestNotification(input).then(() => undefined, (e: unknown) => e);
      expect(isAntomError(error) && error.name, JSON.stringify(input)).toBe('AntomConfigError');
    }
  });
});

describe('signTestResponse', () => {
  const calls: string[] = [];

  const answer = { result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'payment in process' }, paymentRequestId: minimalPayBody.paymentRequestId, paymentId: 'p-1' };
  const stubbed = (tamper: (text: string) => string = (text) => text): AntomClient =>
    clientWith({
      retry: false,
      fetch: async (input: string | URL | Request) => {
        const url = input instanceof Request ? input.url : String(input);
        calls.push(url);
        const signed = await signTestResponse({ path: url, clientId, body: answer });
        return new Response(tamper(signed.body), { status: signed.status, headers: signed.headers });
      },
    });

  it("is accepted by the client as the gateway's answer, through an injected fetch", async () => {
    const { data } = await stubbed().pay(minimalPayBody);
    expect(data).toEqual(answer);
    expect(calls.at(-1)).toBe('https://open-na-global.alipay.com/ams/api/v1/payments/pay');
  });

  it('tampered with, is refused with AntomSignatureError', async () => {
    const error = await stubbed((text) => text.replace('p-1', 'p-2')).pay(minimalPayBody).then(() => undefined, (e: unknown) => e);
    expect(isAntomError(error) && error.name).toBe('AntomSignatureError');
    expect((error as { reason: string }).reason).toBe('bad-signature');
  });

  it('toResponse gives a fresh Response with the status and headers each time', async () => {
    const signed = await signTestResponse({ path: '/ams/api/v1/payments/pay', clientId, body: answer, status: 202, responseTime: 1_700_000_000_000 });
    const [first, second] = [signed.toResponse(), signed.toResponse()];
    expect(first).not.toBe(second);
    expect(first.status).toBe(202);
    expect(first.headers.get('response-time')).toBe('1700000000000');
    expect(await first.text()).toBe(await second.text());
  });
});
