// A small local merchant endpoint that receives the sandbox's notifications: it verifies each one with the
// toolkit's verifyNotification (test Antom key, default 5-minute freshness), checks the body against the webhook
// schema, records it and answers as told (the acknowledgement by default).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notificationAckBody, parsePublicKey, verifyNotification } from '../../../src/index.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../../sandbox/test-keys.ts';
import { expectValidNotification } from './contract.ts';

const antomPublicKey = parsePublicKey(readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH));

export interface Received {
  kind: string;
  path: string;
  body: Record<string, unknown>;
  requestTime: string;
  /** The body's bytes as they came. */
  rawBody: string;
  /** Header names and values as they came on the wire (names in their own case). */
  rawHeaders: string[];
  /** verifyNotification accepted it (signature and freshness). */
  verified: boolean;
}

export type Answer = { status: number; body: string };
export const ACK: Answer = { status: 200, body: notificationAckBody() };

export interface Merchant {
  url: string;
  received: Received[];
  /** Paths of the GET requests to the shop's return page. */
  returns: string[];
  /** What the endpoint answers next; defaults to ACK. */
  answer: (received: Received) => Answer;
  /** The first notification `match` accepts, once it has arrived (deliveries run in the background). */
  arrival(match: (received: Received) => boolean): Promise<Received>;
  close(): Promise<void>;
}

/** Notifications are told apart by their body: disputeNotificationType → notifyDispute, else by notifyType. */
export async function startMerchant(clientId = TEST_CLIENT_ID): Promise<Merchant> {
  const watchers = new Set<() => void>();
  const merchant: Merchant = {
    url: '',
    received: [],
    returns: [],
    answer: () => ACK,
    arrival: (match) =>
      new Promise((resolve) => {
        const check = (): void => {
          const found = merchant.received.find(match);
          if (found === undefined) return;
          watchers.delete(check);
          resolve(found);
        };
        watchers.add(check);
        check();
      }),
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      // The shop's return page (paymentRedirectUrl) the cashier page sends the buyer back to.
      merchant.returns.push(req.url ?? '/');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Shop</title><h1>Thank you for your order</h1>');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      let verified = true;
      let body: Record<string, unknown>;
      try {
        body = verifyNotification<Record<string, unknown>>({ method: req.method ?? 'POST', path, headers: req.headers, rawBody }, { clientId, antomPublicKey });
      } catch {
        verified = false;
        body = JSON.parse(rawBody) as Record<string, unknown>;
      }
      const kind =
        'disputeNotificationType' in body
          ? 'notifyDispute'
          : body.notifyType === 'REFUND_RESULT'
            ? 'notifyRefund'
            : body.notifyType === 'CAPTURE_RESULT'
              ? 'notifyCapture'
              : 'notifyPayment';
      const received: Received = { kind, path, body, requestTime: String(req.headers['request-time'] ?? ''), rawBody, rawHeaders: req.rawHeaders, verified };
      merchant.received.push(received);
      for (const watcher of watchers) watcher();
      expectValidNotification(kind, body);
      const answer = merchant.answer(received);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  merchant.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  merchant.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return merchant;
}
