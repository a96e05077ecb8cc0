import { AntomConfigError } from '../errors.ts';
import type { IncomingNotification } from '../notifications.ts';
import type { WebhookReadOptions } from './options.ts';
import { pathOfTarget, readSettings } from './options.ts';
import { readWebStream, refuseDeclaredOverLimit } from './read-body.ts';

/**
 * Reads a notification from a web `Request` (Cloudflare Workers, Next.js route handlers, Hono's `c.req.raw`, Deno,
 * Bun): the method, the signed path (path and query of `request.url`, or `options.path`), the headers and the raw
 * body bytes, read up to `maxBodyBytes`. Pass the result to `verifyNotification`; `client.verifyWebhook(request)`
 * does both.
 *
 * @throws AntomConfigError when `request` is not a web Request or its body was already read.
 * @throws AntomNotificationTooLargeError past `maxBodyBytes`; AntomError when the body could not be read.
 */
export async function readWebhookRequest(request: Request, options?: WebhookReadOptions): Promise<IncomingNotification> {
  const settings = readSettings(options);
  checkWebRequest(request);
  const path = settings.path ?? pathOfTarget(request.url);
  if (path === undefined) throw new AntomConfigError('request.url', 'has no readable path; pass the path Antom called as options.path');
  const context = `notification ${request.method.toUpperCase()} ${path}`;
  refuseDeclaredOverLimit(request.headers.get('content-length'), settings.maxBodyBytes, context);
  const stream = request.body;
  let rawBody: Uint8Array;
  if (stream === null) rawBody = new Uint8Array(0);
  else if (typeof (stream as Partial<ReadableStream>).getReader === 'function') rawBody = await readWebStream(stream, settings.maxBodyBytes, context);
  else throw new AntomConfigError('request.body', 'must be a ReadableStream (a web Request)');
  return { method: request.method, path, headers: request.headers, rawBody };
}

/** A web Request from any realm, checked by shape; a Node request or a framework wrapper gets a pointer to the right call. */
function checkWebRequest(request: unknown): asserts request is Request {
  if (typeof request !== 'object' || request === null) throw new AntomConfigError('request', 'must be a web Request');
  const candidate = request as Record<string, unknown>;
  const headers = candidate.headers as { get?: unknown } | undefined;
  if (typeof candidate.url === 'string' && typeof candidate.method === 'string' && typeof headers?.get === 'function' && 'body' in candidate) {
    if (candidate.bodyUsed === true) {
      throw new AntomConfigError('request', 'its body was already read (request.json() or request.text()); verify the untouched request, or request.clone() taken before reading');
    }
    return;
  }
  const raw = candidate.raw as { headers?: { get?: unknown } } | undefined;
  if (typeof raw?.headers?.get === 'function') {
    throw new AntomConfigError('request', "is a framework's wrapper; pass the web Request inside it (Hono: c.req.raw)");
  }
  if (typeof candidate.headers === 'object' && candidate.headers !== null) {
    throw new AntomConfigError('request', 'looks like a Node request (IncomingMessage); use verifyNodeWebhook(req) / readNodeWebhookRequest(req) for it');
  }
  throw new AntomConfigError('request', 'must be a web Request');
}
