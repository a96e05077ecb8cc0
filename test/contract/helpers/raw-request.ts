// One HTTP(S) request with full control over the wire: request target (origin- or absolute-form), header spelling
// and order, and TLS options. fetch() cannot do any of these, and cannot skip certificate checks.
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { RequestOptions } from 'node:https';

export interface RawRequest {
  /** Where to connect, e.g. `https://127.0.0.1:43118`; only scheme, host and port are used. */
  origin: string;
  /** Request target sent verbatim on the request line, e.g. `/ams/api/v1/payments/pay` or a full URL. */
  target: string;
  /** Header names are sent exactly as spelled, in this order. */
  headers: Record<string, string>;
  body: string;
  /** TLS options for https origins (`ca`, `servername`, `rejectUnauthorized`). */
  tls?: Pick<RequestOptions, 'ca' | 'servername' | 'rejectUnauthorized'>;
}

export interface RawResponse {
  status: number;
  /** Node's lower-cased view, for convenience. */
  headers: IncomingHttpHeaders;
  /** `[name, value]` pairs with the names as the server spelled them (what Python's `getheaders()` returns). */
  rawHeaders: Array<[string, string]>;
  text: string;
}

export function rawRequest(req: RawRequest): Promise<RawResponse> {
  const url = new URL(req.origin);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const options: RequestOptions = {
    host: url.hostname,
    port: url.port,
    method: 'POST',
    path: req.target,
    headers: { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) },
    agent: false,
    ...req.tls,
  };
  return new Promise((resolve, reject) => {
    const client = send(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '']);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: pairs, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    client.on('error', reject);
    client.end(req.body);
  });
}
