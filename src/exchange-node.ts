import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Exchange, WireReply } from './exchange.ts';

/**
 * The default exchange: `node:http` / `node:https` with Node's global keep-alive agents (TLS certificates are
 * verified as usual). About half the time and a third of the CPU of the built-in `fetch` per call on loopback.
 */
export const nodeExchange: Exchange = (request, signal) =>
  new Promise<WireReply>((resolve, reject) => {
    const send = request.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = request.body === '' ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
    const req = send(request.url, { method: request.method, headers, signal }, (res) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(reply(res, text)));
      res.on('error', reject);
      // A connection that closes before the end of the body (Content-Length not reached) is a failure.
      res.on('close', () => {
        if (!res.complete) reject(new Error('the connection closed before the end of the response body'));
      });
    });
    req.on('error', reject);
    req.end(request.body === '' ? undefined : request.body);
  });

function reply(res: IncomingMessage, text: string): WireReply {
  return {
    status: res.statusCode ?? 0,
    headers: res.headers,
    text,
    toResponse: () => {
      const headers = new Headers();
      const raw = res.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
      return new Response(text, { status: res.statusCode, statusText: res.statusMessage, headers });
    },
  };
}
