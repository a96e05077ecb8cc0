// The mock's HTTPS listener: the same request handler behind the TEST-ONLY self-signed certificate, so clients that
// refuse plain HTTP (Antom's Java SDK; the Python SDK always uses HTTPS) can reach the mock on loopback.
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestTimeouts } from './request-timeouts.ts';
import { TLS_TEST_CERT_PATH, TLS_TEST_KEY_PATH, readTestKey } from './test-keys.ts';

/** An HTTPS server with the test certificate (SAN `DNS:localhost, IP:127.0.0.1`); not listening yet. */
export function createTestHttpsServer(handler: (req: IncomingMessage, res: ServerResponse) => void, responseClass?: typeof ServerResponse, timeouts?: RequestTimeouts): Server {
  return createServer({ key: readTestKey(TLS_TEST_KEY_PATH), cert: readTestKey(TLS_TEST_CERT_PATH), ...timeouts, ...(responseClass === undefined ? {} : { ServerResponse: responseClass }) }, handler);
}
