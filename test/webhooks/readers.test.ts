// The webhook helpers without a framework: what they take as the signed path and the raw body from a web Request
// and from a Node request (duck-typed objects shaped like Express's and Fastify's, and a real node:http server),
// the size limit, and the clear AntomConfigError where a verdict would otherwise be wrong.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AntomConfigError,
  AntomError,
  AntomNotificationTooLargeError,
  AntomSignatureError,
  createAntomClient,
  notificationAckBody,
  notificationAckResponse,
  sendNotificationAck,
  webhookErrorStatus,
} from 'antom-pay';
import type { NodeWebhookRequest } from 'antom-pay';
import { ANTOM_TEST_PUBLIC_KEY, signTestNotification } from 'antom-pay/testing';
import { MERCHANT_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';

const clientId = 'SHOP_WEBHOOKS_1';
const client = createAntomClient({ clientId, privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH), antomPublicKey: ANTOM_TEST_PUBLIC_KEY, region: 'sea' });
const body = { notifyType: 'PAYMENT_RESULT', result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }, paymentRequestId: 'order-1', paymentId: 'p-1' };
const sign = (path: string, text: string = JSON.stringify(body)) => signTestNotification({ path, clientId, body: text });
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

describe('from a web Request', () => {
  it('signs over the path and query of request.url', async () => {
    const signed = await sign('/antom/notify?shop=7&lang=en');
    const notice = await client.verifyWebhook(signed.toRequest('https://shop.example'));
    expect(notice).toMatchObject({ kind: 'payment', body: { paymentId: 'p-1' } });
  });

  it('behind a proxy that rewrote the path, needs options.path: without it the verdict is bad-signature', async () => {
    const signed = await sign('/antom/notify');
    const rewritten = () => new Request('http://app.internal:3000/notify', { method: 'POST', headers: signed.headers, body: signed.body });
    expect(await rejection(client.verifyWebhook(rewritten()))).toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
    expect((await client.verifyWebhook(rewritten(), { path: '/antom/notify' })).kind).toBe('payment');
  });

  it('refuses a Request whose body was already read, a framework wrapper, and a Node request, naming the right call', async () => {
    const signed = await sign('/n');
    const used = signed.toRequest();
    await used.text();
    expect(await rejection(client.verifyWebhook(used))).toMatchObject({ name: 'AntomConfigError', message: expect.stringMatching(/already read/) });
    expect(await rejection(client.verifyWebhook({ raw: signed.toRequest(), header: () => '' } as never))).toMatchObject({ message: expect.stringContaining('c.req.raw') });
    const nodeLike = { method: 'POST', url: '/n', headers: signed.headers, body: signed.body };
    expect(await rejection(client.verifyWebhook(nodeLike as never))).toMatchObject({ name: 'AntomConfigError', message: expect.stringContaining('verifyNodeWebhook') });
  });

  it('refuses a declared Content-Length over maxBodyBytes before reading, and a streamed body at the first chunk past it', async () => {
    const signed = await sign('/n');
    const declared = new Request('http://x/n', { method: 'POST', headers: { ...signed.headers, 'content-length': '999999' }, body: signed.body });
    const tooBig = await rejection(client.verifyWebhook(declared, { maxBodyBytes: 1000 }));
    expect(tooBig).toBeInstanceOf(AntomNotificationTooLargeError);
    expect(webhookErrorStatus(tooBig)).toBe(413);

    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(512).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const streamed = new Request('http://x/n', { method: 'POST', headers: signed.headers, body: endless, duplex: 'half' } as RequestInit);
    const error = await rejection(client.verifyWebhook(streamed, { maxBodyBytes: 4096 }));
    expect(error).toMatchObject({ name: 'AntomNotificationTooLargeError', limitBytes: 4096 });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  it('a body of bytes that are not UTF-8 cannot carry a valid signature', async () => {
    const signed = await sign('/n');
    const request = new Request('http://x/n', { method: 'POST', headers: signed.headers, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await rejection(client.verifyWebhook(request))).toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
  });
});

describe('from a Node request (shapes of Express and Fastify)', () => {
  it("takes Express's req.originalUrl, the path Antom signed, over the router-relative req.url", async () => {
    const signed = await sign('/shop/antom/notify?x=1');
    const mounted = { method: 'POST', url: '/notify?x=1', originalUrl: '/shop/antom/notify?x=1', headers: signed.headers, body: Buffer.from(signed.body) };
    expect((await client.verifyNodeWebhook(mounted)).kind).toBe('payment');
    // What the README's old `path: req.url` did inside a router: the wrong path, so a wrong verdict.
    expect(await rejection(client.verifyNodeWebhook({ ...mounted, originalUrl: undefined }))).toBeInstanceOf(AntomSignatureError);
  });

  it('reads bytes or text a body parser kept (body), preferring rawBody, and an absolute-form target', async () => {
    const signed = await sign('/antom/notify?x=1');
    const base = { method: 'POST', url: '/antom/notify?x=1', headers: signed.headers };
    const forms: NodeWebhookRequest[] = [
      { ...base, body: signed.body },
      { ...base, body: new TextEncoder().encode(signed.body) },
      { ...base, body: JSON.parse(signed.body) as unknown, rawBody: Buffer.from(signed.body) },
      { ...base, url: 'http://shop.example/antom/notify?x=1', body: signed.body },
    ];
    for (const req of forms) expect((await client.verifyNodeWebhook(req)).kind).toBe('payment');
  });

  it('refuses an already parsed JSON body with an AntomConfigError that says what to mount instead (answered 500)', async () => {
    const signed = await sign('/n');
    const error = await rejection(client.verifyNodeWebhook({ method: 'POST', url: '/n', headers: signed.headers, body: JSON.parse(signed.body) as unknown }));
    expect(error).toBeInstanceOf(AntomConfigError);
    expect((error as Error).message).toMatch(/express\.raw\(\{ type: "application\/json" \}\)/);
    expect((error as Error).message).toMatch(/parseAs: "buffer"/);
    expect(webhookErrorStatus(error)).toBe(500);
  });

  it('refuses a request with no body to read, and a web Request', async () => {
    const signed = await sign('/n');
    expect(await rejection(client.verifyNodeWebhook({ method: 'POST', url: '/n', headers: signed.headers }))).toMatchObject({ name: 'AntomConfigError', option: 'req' });
    expect(await rejection(client.verifyNodeWebhook(signed.toRequest() as never))).toMatchObject({ message: expect.stringContaining('verifyWebhook(request)') });
  });

  it('refuses bad options: a path that is not a path, a maxBodyBytes out of range', async () => {
    const req = { method: 'POST', url: '/n', headers: {}, body: '' };
    expect(await rejection(client.verifyNodeWebhook(req, { path: 'antom/notify' }))).toMatchObject({ option: 'path' });
    expect(await rejection(client.verifyNodeWebhook(req, { maxBodyBytes: 0 }))).toMatchObject({ option: 'maxBodyBytes' });
  });
});

describe('a real node:http server reading the stream itself', () => {
  let origin: string;
  const outcomes: string[] = [];
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  const server = createServer((req, res) => void handle(req, res));
  const verifyAndAnswer = async (req: IncomingMessage, res: ServerResponse, options = {}): Promise<void> => {
    try {
      const notice = await client.verifyNodeWebhook(req, options);
      outcomes.push(notice.kind);
      sendNotificationAck(res);
    } catch (error) {
      outcomes.push((error as Error).name);
      res.writeHead(webhookErrorStatus(error), { connection: 'close' }).end();
    }
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('verifies and acknowledges; a tampered body gets 401', async () => {
    handle = verifyAndAnswer;
    const signed = await sign('/antom/notify?x=1');
    const ok = await fetch(`${origin}/antom/notify?x=1`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect([ok.status, await ok.text()]).toEqual([200, notificationAckBody()]);
    const forged = await fetch(`${origin}/antom/notify?x=1`, { method: 'POST', headers: signed.headers, body: signed.body.replace('order-1', 'order-2') });
    expect(forged.status).toBe(401);
  });

  it('answers 413 to a chunked body past maxBodyBytes without reading it all, and keeps serving', async () => {
    handle = (req, res) => verifyAndAnswer(req, res, { maxBodyBytes: 2048 });
    const signed = await sign('/n');
    let sent = 0;
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16_384;
        if (sent > 64 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(16_384).fill(0x20));
      },
    });
    const response = await fetch(`${origin}/n`, { method: 'POST', headers: signed.headers, body: huge, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    handle = verifyAndAnswer;
    const after = await fetch(`${origin}/n`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(after.status).toBe(200);
  });

  it('refuses a stream something else already consumed without keeping the body', async () => {
    handle = async (req, res) => {
      for await (const chunk of req) void chunk;
      await verifyAndAnswer(req, res);
    };
    const signed = await sign('/n');
    const response = await fetch(`${origin}/n`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(response.status).toBe(500);
    expect(outcomes.at(-1)).toBe('AntomConfigError');
  });
});

describe('answers', () => {
  it('notificationAckResponse is the acknowledgement as a JSON 200', async () => {
    const response = notificationAckResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe(notificationAckBody());
  });

  it("sendNotificationAck speaks to a Fastify reply too, and refuses anything else", () => {
    const calls: unknown[][] = [];
    const reply = {
      code: (...args: unknown[]) => (calls.push(['code', ...args]), reply),
      header: (...args: unknown[]) => (calls.push(['header', ...args]), reply),
      send: (...args: unknown[]) => (calls.push(['send', ...args]), 'sent'),
    };
    expect(sendNotificationAck(reply)).toBe('sent');
    expect(calls).toEqual([['code', 200], ['header', 'content-type', 'application/json; charset=utf-8'], ['send', notificationAckBody()]]);
    expect(() => sendNotificationAck({} as never)).toThrow(AntomConfigError);
  });

  it('webhookErrorStatus: 401 signature, 413 too large, 500 setup or foreign errors, 400 other AntomErrors', () => {
    expect(webhookErrorStatus(new AntomSignatureError('stale', 'n'))).toBe(401);
    expect(webhookErrorStatus(new AntomNotificationTooLargeError(1, 'n'))).toBe(413);
    expect(webhookErrorStatus(new AntomConfigError('req', 'x'))).toBe(500);
    expect(webhookErrorStatus(new TypeError('x'))).toBe(500);
    expect(webhookErrorStatus(new AntomError('notification: the signed body is not a JSON object'))).toBe(400);
  });
});
