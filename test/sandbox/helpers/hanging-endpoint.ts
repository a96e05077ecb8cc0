// A merchant host whose endpoints never answer on their own (paths under /answer excepted): it reads each notification and holds the request open until the
// test releases it (or the sandbox gives up: delivery timeout, reset, stop). What happened is kept in order, so
// tests assert on the order of events, not on how long anything took.
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notificationAckBody } from '../../../src/index.ts';

export interface HeldRequest {
  body: Record<string, unknown>;
  /** True once the request ended without an answer from here (the sandbox aborted it). */
  abandoned: boolean;
}

export interface HangingEndpoint {
  url: string;
  /** Every request received on a hanging path, in arrival order. */
  held: HeldRequest[];
  /** Requests to a path under `/answer`, acknowledged at once (the same host's good endpoint), in arrival order. */
  answered: HeldRequest[];
  /** Requests not answered and not abandoned yet. */
  open(): number;
  /** Answers every open request with the acknowledgement. */
  release(): void;
  /** Resolves once `condition` holds (checked now and after every arrival or abandonment here). */
  until(condition: () => boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startHangingEndpoint(): Promise<HangingEndpoint> {
  const held: HeldRequest[] = [];
  const answered: HeldRequest[] = [];
  const waiting = new Map<HeldRequest, ServerResponse>();
  const watchers = new Set<() => void>();
  const changed = (): void => {
    for (const watcher of watchers) watcher();
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: HeldRequest = { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>, abandoned: false };
      if (req.url?.startsWith('/answer') === true) {
        answered.push(request);
        res.writeHead(200, { 'content-type': 'application/json' }).end(notificationAckBody());
        changed();
        return;
      }
      held.push(request);
      waiting.set(request, res);
      res.on('close', () => {
        if (!waiting.delete(request)) return;
        request.abandoned = true;
        changed();
      });
      changed();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held,
    answered,
    open: () => waiting.size,
    release() {
      const answers = [...waiting.values()];
      waiting.clear();
      for (const res of answers) res.writeHead(200, { 'content-type': 'application/json' }).end(notificationAckBody());
    },
    until: (condition) =>
      new Promise((resolve) => {
        const check = (): void => {
          if (!condition()) return;
          watchers.delete(check);
          resolve();
        };
        watchers.add(check);
        check();
      }),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
