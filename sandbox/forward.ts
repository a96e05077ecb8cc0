// Forwards one request to Prism and returns its answer as bytes.
import type { IncomingHttpHeaders } from 'node:http';

/** Connection-level headers that must not be copied to the next hop. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'upgrade', 'accept-encoding', 'te', 'trailer', 'proxy-connection', 'expect']);

export interface ForwardRequest {
  method: string;
  /** Path on Prism (prefix already stripped), query string included. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ForwardedResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * Sends the request to `origin` with the body bytes unchanged and every end-to-end header (security headers,
 * `Prefer`, `Content-Type`) as received, except `Accept`: it is always `application/json`, because Antom's SDKs
 * send `text/plain,text/xml,text/javascript,text/html`, for which Prism has no content and answers 406.
 *
 * @throws when Prism cannot be reached.
 */
export async function forward(origin: string, request: ForwardRequest): Promise<ForwardedResponse> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('accept', 'application/json');
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers,
    body: hasBody ? new Uint8Array(request.body) : undefined,
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}
