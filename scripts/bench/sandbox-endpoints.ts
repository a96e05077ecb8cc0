// The merchant endpoints of `npm run bench:sandbox`: one that acknowledges every notification and one that never
// answers, each reporting the paymentId of what arrived, and a way to wait for a payment's arrival.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ACK_BODY = '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}';

/** A local merchant endpoint: `onArrival` sees each notification's paymentId; answers the acknowledgement, or never when `hang`. */
export async function endpoint(hang: boolean, onArrival: (paymentId: string) => void): Promise<{ url: string; open: () => number; close: () => void }> {
  let open = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      onArrival((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { paymentId: string }).paymentId);
      if (!hang) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(ACK_BODY);
        return;
      }
      open += 1;
      res.on('close', () => (open -= 1));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    open: () => open,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Resolves when the paymentId has arrived (now or later). */
export function arrivals(): { seen: (paymentId: string) => void; arrived: (paymentId: string) => Promise<number> } {
  const times = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  return {
    seen(paymentId) {
      const at = performance.now();
      times.set(paymentId, at);
      waiters.get(paymentId)?.(at);
    },
    arrived: (paymentId) => {
      const at = times.get(paymentId);
      return at === undefined ? new Promise((resolve) => waiters.set(paymentId, resolve)) : Promise.resolve(at);
    },
  };
}
