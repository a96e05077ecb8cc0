// The per-delivery timeout holds when the garbage collector runs while an endpoint hangs. Node 20's
// `AbortSignal.any([signal, AbortSignal.timeout(ms)])` loses its timeout once the timeout signal is collected: in a
// soak with a hanging endpoint, four deliveries stayed in flight for minutes and every other delivery to that host
// queued behind them. A real local server that takes each request and never answers; the collector runs while the
// delivery waits; the delivery must end as "no answer", with and without an outside signal (reset, stop).
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverNotification } from '../../sandbox/notify/deliver.ts';
import { strictShape } from '../../sandbox/strict/shape.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../sandbox/test-keys.ts';
import { parsePrivateKey } from '../../src/index.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const antomKey = parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH));
const BODY = '{"notifyType":"PAYMENT_RESULT"}';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that reads each request and never answers; `arrived` resolves on the first one. */
async function hanging(): Promise<{ url: string; arrived: Promise<IncomingMessage> }> {
  let arrive: (req: IncomingMessage) => void = () => undefined;
  const arrived = new Promise<IncomingMessage>((resolve) => (arrive = resolve));
  server = createServer((req) => {
    req.resume();
    arrive(req);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/notify`, arrived };
}

const CASES = [
  { sender: 'fetch, with the queue signal', strict: false, outside: true },
  { sender: 'fetch, timeout only', strict: false, outside: false },
  { sender: 'node:http (--strict-notifications), with the queue signal', strict: true, outside: true },
];

describe.each(CASES)('a delivery to an endpoint that never answers ($sender)', ({ strict, outside }) => {
  it('ends after its timeout even when the garbage collector runs meanwhile', { timeout: 15_000 }, async () => {
    const { url, arrived } = await hanging();
    const shape = strict ? (now: number) => strictShape('gc', 'notifyPayment/P//1', BODY, now) : undefined;
    const queue = new AbortController();
    const result = deliverNotification(url, TEST_CLIENT_ID, BODY, antomKey, 300, false, outside ? queue.signal : undefined, shape);
    await arrived;
    for (let round = 0; round < 5; round += 1) {
      collectGarbage();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const record = await result;
    expect(record.acknowledged).toBe(false);
    expect(record.httpStatus).toBeNull();
    expect(record.problem).toMatch(/^no answer: /);
    expect(queue.signal.aborted).toBe(false);
  });
});
