// Small node:http helpers shared by the gateway, the control API and the buyer's pages.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest body of a control API request: its bodies are a few short JSON fields. */
export const CONTROL_MAX_BODY_BYTES = 64 * 1024;

/** A request body past what its route takes; the listener answers it with 413 and closes the connection. */
export class RequestBodyTooLarge extends RangeError {
  override name = 'RequestBodyTooLarge';
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`the request body is larger than ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
}

/** The whole request body; rejects with RequestBodyTooLarge (and keeps nothing more) once it grows past `maxBytes`. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.pause();
        reject(new RequestBodyTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)), 'cache-control': 'no-store' });
  res.end(html);
}

/** Parses a JSON object body; undefined when the body is not a JSON object. An empty body is `{}`. */
export function jsonObject(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return {};
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
