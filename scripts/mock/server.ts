// The local mock of Antom: Prism (static mode, --errors) behind a small node:http layer that serves the gateway
// paths, checks request signatures and signs every response with the test Antom key. Optionally the same layer is
// also served over HTTPS with the test-only self-signed certificate (for Antom's official SDKs).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { getHeader } from '../../src/header-lookup.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import { forward } from './forward.ts';
import { GATEWAY_PREFIXES } from './gateway-prefixes.ts';
import { findFreePort } from './free-port.ts';
import { createTestHttpsServer } from './https-listener.ts';
import { closeServer, listenOnLoopback } from './listen.ts';
import { startPrism } from './prism-process.ts';
import { writePrismSpec } from './prism-spec.ts';
import { originForm } from './request-target.ts';
import { echoRequestIds } from './echo-request-ids.ts';
import { INVALID_SIGNATURE_BODY, SIGNATURE_PROBLEM_HEADER, checkRequestSignature } from './request-signature.ts';
import { signResponse } from './response-signing.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, MERCHANT_TEST_PUBLIC_KEY_PATH, readTestKey } from './test-keys.ts';

/** Default spec: the bundled OpenAPI document. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));

export interface MockOptions {
  /** Public port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** When set, the same handler is also served over HTTPS (test TLS certificate) on this port; 0 picks a free one. */
  httpsPort?: number;
  /** Bundled OpenAPI JSON; defaults to generated/openapi.json. */
  specPath?: string;
  /** Checks request signatures when true (answering INVALID_SIGNATURE on failure). */
  verifyRequests: boolean;
  /** PEM/base64/KeyObject used to verify requests; defaults to the test merchant public key. */
  merchantPublicKey?: string | KeyObject;
  /** Key the mock signs responses with; defaults to the test Antom private key. */
  antomPrivateKey?: string | KeyObject;
  /** Receives one line per request; defaults to console.log. */
  log?: (line: string) => void;
}

export interface RunningMock {
  /** Origin, e.g. `http://127.0.0.1:4010`; clients append `/ams/api/...`. */
  url: string;
  port: number;
  /** HTTPS origin, e.g. `https://127.0.0.1:4443`, when `httpsPort` was given (certificate: test-keys/tls-test-cert.pem). */
  httpsUrl?: string;
  httpsPort?: number;
  prismPid: number;
  /** Stops the HTTP(S) listeners and kills Prism by PID. */
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Starts Prism on a free internal port, waits until it answers, then listens on `options.port`.
 *
 * @throws when Prism does not start, a key is invalid, or the port is taken (Prism is stopped first).
 */
export async function startMock(options: MockOptions): Promise<RunningMock> {
  const specPath = options.specPath ?? DEFAULT_SPEC_PATH;
  const log = options.log ?? ((line: string) => console.log(line));
  const antomPrivateKey = parsePrivateKey(options.antomPrivateKey ?? readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH), 'antomPrivateKey');
  const merchantPublicKey = options.verifyRequests
    ? parsePublicKey(options.merchantPublicKey ?? readTestKey(MERCHANT_TEST_PUBLIC_KEY_PATH), 'merchantPublicKey')
    : undefined;
  const routes = gatewayRoutes(specPath);

  const prismSpec = writePrismSpec(specPath, 'mock');
  const prism = await startPrism({ mode: 'mock', specPath: prismSpec.path, port: await findFreePort() }).catch((error: unknown) => {
    prismSpec.dispose();
    throw error;
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = originForm(req.url ?? '/');
    const body = await readBody(req);
    const clientId = getHeader(req.headers, 'client-id') ?? '';
    const { pathname, search } = new URL(path, 'http://mock.invalid');
    const operationPath = routes.get(pathname);

    let reply: Reply;
    if (operationPath === undefined) {
      reply = json(404, { error: 'NOT_FOUND', message: `No gateway route for ${method} ${pathname}`, routes: [...routes.keys()] });
    } else {
      const check = merchantPublicKey && checkRequestSignature({ method, path, headers: req.headers, body: body.toString('utf8') }, merchantPublicKey);
      if (check && !check.ok) {
        reply = { status: 200, body: Buffer.from(INVALID_SIGNATURE_BODY), headers: { [SIGNATURE_PROBLEM_HEADER]: check.reason } };
      } else {
        reply = await forward(prism.origin, { method, path: `${operationPath}${search}`, headers: req.headers, body }).then(
          (answer) => ({ status: answer.status, body: echoRequestIds(body, answer.body), headers: keepPrismDiagnostics(answer.headers) }),
          (error: unknown) => json(502, { error: 'PRISM_UNREACHABLE', message: String(error) }),
        );
      }
    }

    const signed = await signResponse({ method, path, clientId, body: reply.body.toString('utf8') }, antomPrivateKey);
    res.writeHead(reply.status, { ...reply.headers, 'content-type': 'application/json', ...signed, 'content-length': String(reply.body.length) });
    res.end(reply.body);
    const scheme = req.socket instanceof TLSSocket ? ' (https)' : '';
    log(`${method} ${path}${scheme} → ${reply.status} ${describe(reply)} ${Math.round(performance.now() - started)}ms`);
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      log(`${req.method} ${req.url} → 500 mock error: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'MOCK_ERROR', message: String(error) }));
    });
  };
  const server = createServer(listener);
  const httpsServer = options.httpsPort === undefined ? undefined : createTestHttpsServer(listener);
  const stopAll = async (): Promise<void> => {
    await closeServer(server);
    if (httpsServer) await closeServer(httpsServer);
    await prism.stop();
    prismSpec.dispose();
  };
  let port: number;
  let httpsPort: number | undefined;
  try {
    port = await listenOnLoopback(server, options.port);
    if (httpsServer) httpsPort = await listenOnLoopback(httpsServer, options.httpsPort ?? 0);
  } catch (error) {
    await stopAll();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= stopAll();
    return closing;
  };
  const https = httpsPort === undefined ? {} : { httpsUrl: `https://127.0.0.1:${httpsPort}`, httpsPort };
  return { url: `http://127.0.0.1:${port}`, port, ...https, prismPid: prism.pid, close };
}

/** Gateway path (`/ams/api/v1/payments/pay`, sandbox too) → spec path (`/v1/payments/pay`), for every spec path. */
function gatewayRoutes(specPath: string): Map<string, string> {
  const doc = JSON.parse(readFileSync(specPath, 'utf8')) as { paths?: Record<string, unknown> };
  const routes = new Map<string, string>();
  for (const operationPath of Object.keys(doc.paths ?? {})) {
    for (const prefix of GATEWAY_PREFIXES) routes.set(`${prefix}${operationPath}`, operationPath);
  }
  return routes;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(status: number, value: unknown): Reply {
  return { status, body: Buffer.from(JSON.stringify(value)), headers: {} };
}

/** Prism's `sl-violations` header explains a 4xx/5xx; keep it. Everything else Prism sent is replaced. */
function keepPrismDiagnostics(headers: Headers): Record<string, string> {
  const violations = headers.get('sl-violations');
  return violations === null ? {} : { 'sl-violations': violations };
}

/** `PAYMENT_IN_PROCESS`, `INVALID_SIGNATURE (reason)`, or Prism's problem type and violation count. */
function describe(reply: Reply): string {
  const problem = reply.headers[SIGNATURE_PROBLEM_HEADER];
  try {
    const value = JSON.parse(reply.body.toString('utf8')) as {
      result?: { resultCode?: unknown };
      type?: unknown;
      validation?: Array<{ message?: unknown }>;
    };
    const code = value.result?.resultCode;
    if (typeof code === 'string') return problem ? `${code} (${problem})` : code;
    const type = typeof value.type === 'string' ? (value.type.split('#')[1] ?? value.type) : 'no result';
    const first = value.validation?.[0]?.message;
    return value.validation ? `${type}: ${value.validation.length} violation(s), first: ${String(first)}` : type;
  } catch {
    return 'non-JSON body';
  }
}
