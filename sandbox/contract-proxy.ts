// A validating proxy: client → small node:http relay → `prism proxy --errors` → upstream gateway.
// Prism checks every request and response against the spec. In proxy mode Prism 5.14 does not log the details of
// a violation; it only answers with them (a 500/422 problem+json whose `validation[]` and `sl-violations` header
// list the broken rules). The relay reads them from there and reports one finding per broken rule.
import { createServer } from 'node:http';
import { forward } from './forward.ts';
import { findFreePort } from './free-port.ts';
import { GATEWAY_PREFIXES } from './gateway-prefixes.ts';
import { closeServer, listenOnLoopback } from './listen.ts';
import { startPrism } from './prism-process.ts';
import { writePrismSpec } from './prism-spec.ts';

export interface ContractProxyOptions {
  /** Gateway origin to forward to, e.g. `http://127.0.0.1:4010`; the request path is kept as sent. */
  upstream: string;
  specPath: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Called once per request with a one-line summary and the findings (empty when both directions conform). */
  onExchange?: (exchange: Exchange) => void;
  /** Called with each line Prism logs. */
  onPrismLog?: (line: string) => void;
}

export interface Finding {
  /** `request.body`, `response.body.result.resultStatus`, `response.header.signature`, ... */
  location: string;
  /** JSON Schema keyword or Prism rule (`enum`, `required`, `pattern`, ...). */
  rule: string;
  message: string;
}

export interface Exchange {
  method: string;
  path: string;
  status: number;
  findings: Finding[];
}

export interface RunningContractProxy {
  /** Origin clients use as `baseUrl` instead of the upstream. */
  url: string;
  prismPid: number;
  /** Every exchange so far, in order. */
  exchanges: Exchange[];
  close(): Promise<void>;
}

/** Response headers that described the bytes as Prism sent them; the relay sends the decoded body. */
const STALE_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * Starts Prism in proxy mode (spec mounted under `/ams/api` and `/ams/sandbox/api`) and the relay in front of it.
 *
 * @throws when Prism does not start or the port is taken.
 */
export async function startContractProxy(options: ContractProxyOptions): Promise<RunningContractProxy> {
  const upstream = new URL(options.upstream).origin;
  const spec = writePrismSpec(options.specPath, 'proxy', GATEWAY_PREFIXES);
  const prism = await startPrism({ mode: 'proxy', specPath: spec.path, port: await findFreePort(), upstream, ownedDir: spec.dir }, options.onPrismLog).catch(
    (error: unknown) => {
      spec.dispose();
      throw error;
    },
  );
  const exchanges: Exchange[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      forward(prism.origin, { method, path, headers: req.headers, body: Buffer.concat(chunks) }).then(
        (answer) => {
          const headers: Record<string, string> = {};
          answer.headers.forEach((value, name) => {
            if (!STALE_HEADERS.has(name)) headers[name] = value;
          });
          res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
          res.end(answer.body);
          const exchange = { method, path, status: answer.status, findings: findingsOf(answer.headers, answer.body) };
          exchanges.push(exchange);
          options.onExchange?.(exchange);
        },
        (error: unknown) => {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'PRISM_UNREACHABLE', message: String(error) }));
        },
      );
    });
  });
  const stopPrism = async (): Promise<void> => {
    await prism.stop();
    spec.dispose();
  };
  let port: number;
  try {
    port = await listenOnLoopback(server, options.port);
  } catch (error) {
    await stopPrism();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    prismPid: prism.pid,
    exchanges,
    close: async () => {
      await closeServer(server);
      await stopPrism();
    },
  };
}

/** Prism writes request findings as `body...`/`header...` and response findings as `response...`; make both explicit. */
function locationOf(location: unknown): string {
  if (!Array.isArray(location)) return 'unknown';
  const [first] = location as unknown[];
  return (first === 'request' || first === 'response' ? location : ['request', ...location]).join('.');
}

interface PrismViolation {
  location?: unknown;
  code?: unknown;
  message?: unknown;
}

/** Violations from the `sl-violations` header, or else from a problem+json `validation[]` body. */
export function findingsOf(headers: Headers, body: Buffer): Finding[] {
  let violations: PrismViolation[] = [];
  try {
    const header = headers.get('sl-violations');
    if (header !== null) violations = JSON.parse(header) as PrismViolation[];
    else if ((headers.get('content-type') ?? '').includes('problem+json')) {
      violations = (JSON.parse(body.toString('utf8')) as { validation?: PrismViolation[] }).validation ?? [];
    }
  } catch {
    return [{ location: 'proxy', rule: 'unreadable', message: 'Prism reported violations the relay could not parse' }];
  }
  return violations.map((violation) => ({
    location: locationOf(violation.location),
    rule: String(violation.code ?? 'unknown'),
    message: String(violation.message ?? ''),
  }));
}
