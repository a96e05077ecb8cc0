// Listening on and closing the mock's loopback servers (HTTP and HTTPS alike).
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type MockServer = HttpServer | HttpsServer;

/** Listens on 127.0.0.1:`port` (0 = a free port) and resolves with the bound port. */
export async function listenOnLoopback(server: MockServer, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Drops open connections and stops listening; resolves even when the server was not listening. */
export function closeServer(server: MockServer): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
