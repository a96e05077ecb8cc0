import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Asks the OS for a port that is free on 127.0.0.1 right now (another process could still take it later). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
