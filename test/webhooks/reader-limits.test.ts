// The Node reader's rules that the framework tests do not reach: the size limit on a body a parser kept and on a
// Content-Length declared before any byte arrives, the limit at its exact edge, options.path over the request's own
// target, the parsed-body message, and the option checks. Node requests are real Readable streams here.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AntomNotificationTooLargeError, createAntomClient, readNodeWebhookRequest } from 'antom-pay';
import type { NodeWebhookRequest } from 'antom-pay';
import { ANTOM_TEST_PUBLIC_KEY, signTestNotification } from 'antom-pay/testing';
import { MERCHANT_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';

const clientId = 'SHOP_WEBHOOK_LIMITS_1';
const client = createAntomClient({ clientId, privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH), antomPublicKey: ANTOM_TEST_PUBLIC_KEY, region: 'sea' });
const body = JSON.stringify({ notifyType: 'PAYMENT_RESULT', result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }, paymentRequestId: 'order-9', paymentId: 'p-9' });
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

/** A Node request: a real Readable carrying `chunks`, with the request's method, target and headers. */
function nodeRequest(target: string, headers: Record<string, string>, chunks: readonly Uint8Array[]): NodeWebhookRequest {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk)), { objectMode: false }), { method: 'POST', url: target, headers });
}

describe('the Node reader', () => {
  it('reads a streamed body of exactly maxBodyBytes, and refuses one byte more', async () => {
    const signed = await signTestNotification({ path: '/n', clientId, body });
    const size = Buffer.byteLength(signed.body);
    const half = Math.floor(size / 2);
    const chunks = [Buffer.from(signed.body).subarray(0, half), Buffer.from(signed.body).subarray(half)];
    expect((await client.verifyNodeWebhook(nodeRequest('/n', signed.headers, chunks), { maxBodyBytes: size })).kind).toBe('payment');
    const over = await rejection(client.verifyNodeWebhook(nodeRequest('/n', signed.headers, [...chunks, Uint8Array.of(0x20)]), { maxBodyBytes: size }));
    expect(over).toBeInstanceOf(AntomNotificationTooLargeError);
  });

  it('refuses a declared Content-Length over the limit before reading any of the body', async () => {
    const signed = await signTestNotification({ path: '/n', clientId, body });
    let read = false;
    const stream = new Readable({
      read() {
        read = true;
        this.push(null);
      },
    });
    const req = Object.assign(stream, { method: 'POST', url: '/n', headers: { ...signed.headers, 'content-length': String(10 * 1024 * 1024) } });
    expect(await rejection(readNodeWebhookRequest(req))).toBeInstanceOf(AntomNotificationTooLargeError);
    expect(read).toBe(false);
  });

  it('refuses a body a parser kept (req.rawBody or req.body) that is larger than the limit', async () => {
    const signed = await signTestNotification({ path: '/n', clientId, body });
    const base = { method: 'POST', url: '/n', headers: signed.headers };
    const limit = Buffer.byteLength(signed.body) - 1;
    for (const req of [{ ...base, rawBody: Buffer.from(signed.body) }, { ...base, body: signed.body }]) {
      expect(await rejection(client.verifyNodeWebhook(req, { maxBodyBytes: limit }))).toBeInstanceOf(AntomNotificationTooLargeError);
    }
  });

  it('takes options.path over the path of the request target (a proxy rewrote it)', async () => {
    const signed = await signTestNotification({ path: '/antom/notify', clientId, body });
    const rewritten = { method: 'POST', url: '/internal/notify', headers: signed.headers, body: signed.body };
    expect(await rejection(client.verifyNodeWebhook(rewritten))).toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
    expect((await client.verifyNodeWebhook(rewritten, { path: '/antom/notify' })).kind).toBe('payment');
  });

  it('says that a JSON body was already parsed, by name', async () => {
    const signed = await signTestNotification({ path: '/n', clientId, body });
    const error = await rejection(client.verifyNodeWebhook({ method: 'POST', url: '/n', headers: signed.headers, body: JSON.parse(signed.body) as unknown }));
    expect(error).toMatchObject({ name: 'AntomConfigError', option: 'req.body', message: expect.stringContaining('is already parsed (object)') });
  });
});

describe('the reader options and targets', () => {
  it('refuses a path with a space or a line break, a maxBodyBytes over 16 MiB, and a target that is not http(s)', async () => {
    const req = { method: 'POST', url: '/n', headers: {}, body: '' };
    for (const path of ['/antom notify', '/antom/notify\nX', '/ümlaut']) {
      expect(await rejection(readNodeWebhookRequest(req, { path })), JSON.stringify(path)).toMatchObject({ name: 'AntomConfigError', option: 'path' });
    }
    expect(await readNodeWebhookRequest(req, { maxBodyBytes: 16 * 1024 * 1024 })).toMatchObject({ path: '/n' });
    expect(await rejection(readNodeWebhookRequest(req, { maxBodyBytes: 16 * 1024 * 1024 + 1 }))).toMatchObject({ option: 'maxBodyBytes' });
    expect(await readNodeWebhookRequest({ ...req, url: 'https://shop.example/n?x=1' })).toMatchObject({ path: '/n?x=1' });
    expect(await rejection(readNodeWebhookRequest({ ...req, url: 'ftp://shop.example/n' }))).toMatchObject({ name: 'AntomConfigError', option: 'req.url' });
  });
});
