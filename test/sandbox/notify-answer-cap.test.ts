// What the notification sender reads of a merchant's answer (issue 22, reproduction 5: a 600 MB answer grew the
// sandbox by 1.29 GB): at most MAX_ANSWER_BYTES. A real local server answers with a body that would run to
// 256 MiB; the sender stops reading after the cap, records the delivery as not acknowledged and drops the
// connection, so the server manages to write only what the sockets buffer. The same with --strict-notifications,
// which sends over node:http to keep header name case.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, deliverNotification } from '../../sandbox/notify/deliver.ts';
import { strictShape } from '../../sandbox/strict/shape.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../sandbox/test-keys.ts';
import { notificationAckBody, parsePrivateKey } from '../../src/index.ts';

const antomKey = parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH));
const HUGE = 256 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Answers 200 with `head` and then spaces up to `total` bytes; resolves `written` once the connection ends either way. */
async function answering(head: string, total: number): Promise<{ url: string; written: Promise<number> }> {
  let settle: (bytes: number) => void = () => undefined;
  const written = new Promise<number>((resolve) => (settle = resolve));
  server = createServer((req, res) => {
    req.resume();
    let sent = 0;
    res.on('close', () => settle(sent));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(total) });
    res.write(head);
    sent += Buffer.byteLength(head);
    const pump = (): void => {
      while (sent < total && !res.destroyed) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
        sent += piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      if (sent >= total) res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/notify`, written };
}

const BODY = '{"notifyType":"PAYMENT_RESULT"}';
const SENDERS = [
  { sender: 'fetch', deliver: (url: string) => deliverNotification(url, TEST_CLIENT_ID, BODY, antomKey, 120_000) },
  {
    sender: 'node:http (--strict-notifications)',
    deliver: (url: string) => deliverNotification(url, TEST_CLIENT_ID, BODY, antomKey, 120_000, false, undefined, (now) => strictShape('cap', 'notifyPayment/P//1', BODY, now)),
  },
];

describe.each(SENDERS)('the notification sender ($sender) reads a bounded part of the answer', ({ deliver }) => {
  it('when the merchant answers a 256 MiB body, then the delivery is recorded as not acknowledged and the rest is never read', async () => {
    const { url, written } = await answering(notificationAckBody(), HUGE);
    const result = await deliver(url);
    expect(result).toEqual({ httpStatus: 200, acknowledged: false, problem: `answer was not the acknowledgement: its body is larger than ${MAX_ANSWER_BYTES} bytes` });
    // Socket buffers hold a few MiB at most; reading it all would have let the server write all 256 MiB.
    expect(await written).toBeLessThan(32 * 1024 * 1024);
  });

  it('when the acknowledgement is padded up to the cap, then it still counts; one byte more and it does not', async () => {
    const ack = notificationAckBody();
    const fits = await answering(ack, MAX_ANSWER_BYTES);
    expect(await deliver(fits.url)).toEqual({ httpStatus: 200, acknowledged: true });
    await fits.written;
    server?.close();
    const over = await answering(ack, MAX_ANSWER_BYTES + 1);
    expect(await deliver(over.url)).toMatchObject({ httpStatus: 200, acknowledged: false });
  });

});

describe('the notification sender', () => {
  it('when the notification URL is not http or https, then nothing is sent', async () => {
    for (const url of ['file:///etc/passwd', 'data:application/json,{}', 'ftp://127.0.0.1/notify']) {
      expect(await deliverNotification(url, TEST_CLIENT_ID, '{}', antomKey, 1_000, true), url).toEqual({
        httpStatus: null,
        acknowledged: false,
        problem: `not delivered: ${JSON.stringify(url)} is not an http or https URL`,
      });
    }
  });
});
