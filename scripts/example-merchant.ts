// The small local merchant endpoint the examples run: POSTs are notifications, verified with
// client.verifyNotification (signature, freshness) and kept typed by kind before the acknowledgement; GETs are the
// shop's return page the buyer comes back to. Loopback only, bodies bounded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notificationAckBody } from '../src/index.ts';
import type { AntomClient, AntomNotification } from '../src/index.ts';

/** Far more than any notification; a larger body is refused before it is read whole. */
const MAX_BODY_BYTES = 256 * 1024;

export interface ExampleMerchant {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  /** Every notification that passed verifyNotification, in arrival order. */
  notices: AntomNotification[];
  /** Paths of the return page the buyer was sent back to. */
  returns: string[];
  /**
   * The first notice `match` accepts, once it has arrived (the sandbox delivers in the background, as Antom does);
   * undefined when none came within `timeoutMs`.
   */
  arrival(match: (notice: AntomNotification) => boolean, timeoutMs?: number): Promise<AntomNotification | undefined>;
  close(): Promise<void>;
}

export async function startExampleMerchant(client: Pick<AntomClient, 'verifyNotification'>): Promise<ExampleMerchant> {
  const notices: AntomNotification[] = [];
  const returns: string[] = [];
  const listeners = new Set<() => void>();
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      returns.push(req.url ?? '/');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Thank you for your order');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        // Typed by kind: payment, refund, capture, dispute, or unknown (a signed notifyType this version does not know).
        notices.push(client.verifyNotification({ method: 'POST', path: req.url ?? '/', headers: req.headers, rawBody: Buffer.concat(chunks) }));
        for (const listener of listeners) listener();
        res.writeHead(200, { 'content-type': 'application/json' }).end(notificationAckBody());
      } catch (error) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    notices,
    returns,
    arrival: (match, timeoutMs = 10_000) =>
      new Promise((resolve) => {
        const check = (): void => {
          const found = notices.find(match);
          if (found === undefined) return;
          done(found);
        };
        const timer = setTimeout(() => done(undefined), timeoutMs);
        const done = (found: AntomNotification | undefined): void => {
          clearTimeout(timer);
          listeners.delete(check);
          resolve(found);
        };
        listeners.add(check);
        check();
      }),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
