// The local Antom sandbox: Prism (static mode, --errors) validates every request against the spec; a small
// node:http layer in front serves the gateway paths, checks request signatures, lets the state layer decide the
// answer (stateful by default; `Prefer: example=<CODE>` or `stateful: false` gets Prism's canned example) and
// signs every response with the test Antom key. The same port serves the control API, the cashier page and the
// Checkout Page under /__sandbox/. Optionally the whole layer is also served over HTTPS with the test-only self-signed certificate.
import { ServerResponse, createServer } from 'node:http';
import { requestTimeouts } from './request-timeouts.ts';
import type { IncomingMessage } from 'node:http';
import type { PrivateKeyInput, PublicKeyInput } from '../src/keys.ts';
import { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { getHeader } from '../src/header-lookup.ts';
import { parsePrivateKey, parsePublicKey } from '../src/keys.ts';
import { handleCashier } from './cashier/routes.ts';
import { handleCheckout } from './checkout/routes.ts';
import { committedResponseClass } from './committed-response.ts';
import { CONTROL_PREFIX, handleControl } from './control/api.ts';
import { findFreePort } from './free-port.ts';
import type { DeliveryLimits } from './notify/queue.ts';
import { gatewayRoutes, handleGateway, json } from './gateway.ts';
import type { GatewayOptions, Reply } from './gateway.ts';
import { RequestBodyTooLarge, readBody } from './http-util.ts';
import { createTestHttpsServer } from './https-listener.ts';
import { closeServer, listenOnLoopback } from './listen.ts';
import { startPrism } from './prism-process.ts';
import { writePrismSpec } from './prism-spec.ts';
import { describeReply } from './reply-log.ts';
import { originRefusal } from './request-origin.ts';
import { originForm } from './request-target.ts';
import { signResponse } from './response-signing.ts';
import { createSandboxContext } from './state/context.ts';
import { loadResultTables } from './state/results.ts';
import type { SandboxContext, SandboxSettings } from './state/context.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, MERCHANT_TEST_PUBLIC_KEY_PATH, readTestKey } from './test-keys.ts';

/**
 * Largest gateway request body: supplyDefenseDocument's document, the largest field of any request, is at most
 * 1 000 000 Base64 characters; everything else is a few kilobytes. Not 1 MiB: PHP's json_encode (Antom's PHP SDK)
 * writes each `/` as `\/`, so the largest valid document can take up to 2 000 000 bytes on the wire.
 */
export const GATEWAY_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Default spec: the bundled OpenAPI document. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../generated/openapi.json', import.meta.url));

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
  merchantPublicKey?: PublicKeyInput;
  /** Key the sandbox signs responses and notifications with; defaults to the test Antom private key. */
  antomPrivateKey?: PrivateKeyInput;
  /** Keep state and answer from it (default true); false answers every request with Prism's examples. */
  stateful?: boolean;
  /** Answer invalid requests with Prism's HTTP 422 problem instead of HTTP 200 PARAM_ILLEGAL. */
  prismErrors?: boolean;
  /** Expiry, asynchronous-refund and dispute-defense delays (sandbox time), and the other sandbox settings. */
  settings?: Partial<SandboxSettings>;
  /** The notification URL a merchant sets on Antom Dashboard (disputes, payments without paymentNotifyUrl); wins over settings.notifyUrl. */
  notifyUrl?: string;
  /** Serve only these client IDs (`--client-id`); any other gets CLIENT_INVALID. Default: every client ID. */
  clientIds?: readonly string[];
  /** A request (headers and body) must arrive within this, else 408 and the connection closed; default 30 s. */
  requestTimeoutMs?: number;
  /** Per-delivery timeout of notifications (wall clock); default 5 s. */
  notificationTimeoutMs?: number;
  /** Bounds on notification deliveries in flight; default notify/queue.ts DEFAULT_DELIVERY_LIMITS. */
  deliveryLimits?: DeliveryLimits;
  /** Receives one line per request; defaults to console.log. */
  log?: (line: string) => void;
  /** Keep the state in this file (--state): read at start, every acknowledged change written before its answer. */
  statePath?: string;
  /** Keep at most this many payments, evicting the oldest finished ones first (--max-payments). */
  maxPayments?: number;
}

export interface RunningMock {
  /** Origin, e.g. `http://127.0.0.1:4010`; clients append `/ams/api/...`. */
  url: string;
  port: number;
  /** HTTPS origin, e.g. `https://127.0.0.1:4443`, when `httpsPort` was given (certificate: test-keys/tls-test-cert.pem). */
  httpsUrl?: string;
  httpsPort?: number;
  prismPid: number;
  /** The state (stateful mode only), for in-process tests and tools. */
  sandbox?: SandboxContext;
  /** Stops the HTTP(S) listeners, the scheduler and the deliveries in flight, and kills Prism by PID. */
  close(): Promise<void>;
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
  const sandbox =
    options.stateful === false
      ? undefined
      : createSandboxContext({
          specPath,
          antomPrivateKey,
          settings: options.notifyUrl === undefined ? options.settings : { ...options.settings, notifyUrl: options.notifyUrl },
          ...(options.notificationTimeoutMs === undefined ? {} : { notificationTimeoutMs: options.notificationTimeoutMs }),
          ...(options.deliveryLimits === undefined ? {} : { deliveryLimits: options.deliveryLimits }),
          onDelivery: (request, attempt, acknowledged) => log(`→ ${request.kind} #${attempt} ${request.url ?? '(no notification URL)'} ${acknowledged ? 'acknowledged' : 'NOT acknowledged'}`),
          onError: (error) => log(`sandbox job failed: ${String(error)}`),
          ...(options.statePath === undefined ? {} : { statePath: options.statePath }),
          ...(options.maxPayments === undefined ? {} : { maxPayments: options.maxPayments }),
        });

  const prismSpec = writePrismSpec(specPath, 'mock');
  const prism = await startPrism({ mode: 'mock', specPath: prismSpec.path, port: await findFreePort(), ownedDir: prismSpec.dir }).catch((error: unknown) => {
    prismSpec.dispose();
    sandbox?.close();
    throw error;
  });
  const gateway: GatewayOptions = {
    prismOrigin: prism.origin,
    routes: gatewayRoutes(specPath),
    merchantPublicKey,
    sandbox,
    results: sandbox?.results ?? loadResultTables(specPath),
    prismErrors: options.prismErrors === true,
    ...(options.clientIds === undefined ? {} : { clientIds: new Set(options.clientIds) }),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = originForm(req.url ?? '/');
    const pathname = new URL(path, 'http://sandbox.invalid').pathname;
    const tls = req.socket instanceof TLSSocket;
    const refusal = originRefusal(method, req.headers, { scheme: tls ? 'https' : 'http', port: req.socket.localPort ?? 0 });
    if (refusal !== undefined) {
      res.writeHead(refusal.status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: refusal.error, message: refusal.message }));
      log(`${method} ${path} → ${refusal.status} ${refusal.error}`);
      return;
    }
    if (pathname.startsWith(CONTROL_PREFIX)) {
      const handled = sandbox !== undefined && ((await handleCashier(sandbox, req, res, pathname)) || (await handleCheckout(sandbox, req, res, pathname)) || (await handleControl(sandbox, req, res, pathname)));
      if (!handled) {
        const reply = json(404, { error: 'NOT_FOUND', message: sandbox ? `No sandbox route for ${method} ${pathname}` : 'The sandbox runs stateless: no control API' });
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body);
      }
      log(`${method} ${path} → ${res.statusCode} ${Math.round(performance.now() - started)}ms`);
      return;
    }
    const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${req.socket.localPort ?? 0}`;
    const reply: Reply = await handleGateway(gateway, { method, path, headers: req.headers, body: await readBody(req, GATEWAY_MAX_BODY_BYTES), origin });
    const clientId = getHeader(req.headers, 'client-id') ?? '';
    const signed = await signResponse({ method, path, clientId, body: reply.body.toString('utf8') }, antomPrivateKey);
    res.writeHead(reply.status, { ...reply.headers, 'content-type': 'application/json', ...signed, 'content-length': String(reply.body.length) });
    res.end(reply.body);
    log(`${method} ${path}${tls ? ' (https)' : ''} → ${reply.status} ${describeReply(reply)} ${Math.round(performance.now() - started)}ms`);
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      const [status, answer] = errorAnswer(error);
      log(`${req.method} ${req.url} → ${status} ${status === 500 ? 'sandbox error: ' : ''}${String(error)}`);
      // After a body that was too large, the connection is closed rather than the rest of the body read.
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json', ...(status === 413 ? { connection: 'close' } : {}) });
      res.end(JSON.stringify(answer));
    });
  };
  // A state file that cannot be written is reported even with --quiet: answers stop until it can.
  const ResponseClass = sandbox === undefined ? ServerResponse : committedResponseClass(sandbox.commit, (line) => console.error(line));
  const timeouts = requestTimeouts(options.requestTimeoutMs);
  const server = createServer({ ServerResponse: ResponseClass, ...timeouts }, listener);
  const httpsServer = options.httpsPort === undefined ? undefined : createTestHttpsServer(listener, ResponseClass, timeouts);
  const stopAll = async (): Promise<void> => {
    sandbox?.scheduler.clear();
    sandbox?.notifier.clear();
    await closeServer(server);
    if (httpsServer) await closeServer(httpsServer);
    try {
      sandbox?.close();
    } catch (error) {
      console.error(`the state file could not be written at the stop: ${String(error)}`);
    }
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
  return { url: `http://127.0.0.1:${port}`, port, ...https, prismPid: prism.pid, ...(sandbox ? { sandbox } : {}), close };
}

/** What the listener answers for a request its routes threw on: hostile input gets a 4xx, anything else is the sandbox's fault. */
function errorAnswer(error: unknown): [number, { error: string; message: string }] {
  if (error instanceof RequestBodyTooLarge) return [413, { error: 'PAYLOAD_TOO_LARGE', message: error.message }];
  // decodeURIComponent of an id in a /__sandbox/ path with a malformed percent escape.
  if (error instanceof URIError) return [400, { error: 'BAD_REQUEST', message: 'the path holds a malformed percent escape' }];
  return [500, { error: 'MOCK_ERROR', message: String(error) }];
}

/** The same function under the name the stateful sandbox goes by. */
export const startSandbox = startMock;
