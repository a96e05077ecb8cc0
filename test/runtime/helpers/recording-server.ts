// Test helper: a real node:http server on 127.0.0.1 that records every request byte-for-byte and answers
// through a per-request script, so transport faults (resets, stalls, truncation) happen on a real socket.
import { sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HandlerContext {
  req: IncomingMessage;
  res: ServerResponse;
  request: RecordedRequest;
  /** 0-based index of this request. */
  index: number;
}

export type Handler = (ctx: HandlerContext) => void;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a server; request N uses handlers[N], or the last handler once the list runs out. */
export async function startRecordingServer(handlers: Handler | readonly Handler[]): Promise<RecordingServer> {
  const list = Array.isArray(handlers) ? handlers : [handlers as Handler];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      const index = requests.push(request) - 1;
      const handler = list[Math.min(index, list.length - 1)];
      handler?.({ req, res, request, index });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was just open and is now closed, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface AntomSigner {
  clientId: string;
  antomPrivateKey: KeyObject;
}

export interface SignedReplyOptions {
  status?: number;
  /** Text signed; defaults to `body` (set it to something else to simulate tampering). */
  signedBody?: string;
  /** Path signed; defaults to the request path. */
  signedPath?: string;
  responseTime?: string;
  omitSignature?: boolean;
  omitResponseTime?: boolean;
  clientIdHeader?: string;
  signatureHeader?: string;
  signingKey?: KeyObject;
}

/**
 * Answers like Antom: signs `POST <path>\n<clientId>.<response-time>.<body>` with the Antom test key.
 * The sign content is assembled here by hand, independently of the code under test.
 * @returns the headers sent.
 */
export function replySigned(
  ctx: HandlerContext,
  signer: AntomSigner,
  body: string,
  options: SignedReplyOptions = {},
): Record<string, string> {
  const time = options.responseTime ?? '1700000000123';
  const content = `${ctx.request.method} ${options.signedPath ?? ctx.request.path}\n${signer.clientId}.${time}.${options.signedBody ?? body}`;
  const signature = sign('sha256', Buffer.from(content, 'utf8'), options.signingKey ?? signer.antomPrivateKey).toString('base64');
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8' };
  if (!options.omitSignature) {
    headers['signature'] = options.signatureHeader ?? `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`;
  }
  if (!options.omitResponseTime) headers['response-time'] = time;
  if (options.clientIdHeader !== undefined) headers['client-id'] = options.clientIdHeader;
  ctx.res.writeHead(options.status ?? 200, headers);
  ctx.res.end(body);
  return headers;
}
