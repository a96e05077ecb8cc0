import { AntomConfigError } from '../errors.ts';
import type { HeaderSource } from '../header-lookup.ts';
import { getHeader } from '../header-lookup.ts';
import type { IncomingNotification } from '../notifications.ts';
import type { WebhookReadOptions } from './options.ts';
import { pathOfTarget, readSettings } from './options.ts';
import type { NodeReadable } from './read-body.ts';
import { readNodeStream, refuseDeclaredOverLimit } from './read-body.ts';

/** Node's `req.headers` (`IncomingHttpHeaders`) or any record like it. */
export type NodeRequestHeaders = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * What the Node helpers read from a request: Node's `IncomingMessage`, Express's `req` and Fastify's `request` all
 * fit. Checked by shape at run time, so nothing here needs `node:http`.
 */
export interface NodeWebhookRequest {
  readonly method?: string | undefined;
  /** The request target; under an Express router this is the path left after the mount point. */
  readonly url?: string | undefined;
  /** Express and Fastify: the request target as received, which is what Antom signed. Preferred over `url`. */
  readonly originalUrl?: string | undefined;
  readonly headers: NodeRequestHeaders;
  /** A body parser's result: bytes or text can be verified; a parsed JSON object cannot. */
  readonly body?: unknown;
  /** The raw bytes or text, where a framework or plugin keeps them (e.g. NestJS `rawBody: true`). */
  readonly rawBody?: unknown;
}

const PARSED_BODY_HELP =
  'the signature covers the exact bytes Antom sent, so verify the raw body: in Express, mount express.raw({ type: "application/json" }) ' +
  'on the notify route ahead of any express.json(); in Fastify, add a content-type parser with parseAs: "buffer" in the plugin of that route; ' +
  'or keep the raw bytes as req.rawBody';

/**
 * Reads a notification from a Node request: the method, the signed path (`req.originalUrl` when the framework
 * sets it, else `req.url`, query included; or `options.path`), the headers and the raw body. The body is, in
 * this order: `req.rawBody`, a `Buffer`/`Uint8Array`/string `req.body` (`express.raw()`, `express.text()`, a
 * Fastify parser with `parseAs: 'buffer'`), or else the request stream itself, read up to `maxBodyBytes`.
 * Pass the result to `verifyNotification`; `client.verifyNodeWebhook(req)` does both.
 *
 * @throws AntomConfigError when `req.body` is already parsed JSON (the message says what to mount instead), the
 *   stream was consumed by something else, or `req` is a web Request.
 * @throws AntomNotificationTooLargeError past `maxBodyBytes`; AntomError when the body could not be read.
 */
export async function readNodeWebhookRequest(req: NodeWebhookRequest, options?: WebhookReadOptions): Promise<IncomingNotification> {
  const settings = readSettings(options);
  checkNodeRequest(req);
  const method = req.method;
  if (typeof method !== 'string' || method === '') throw new AntomConfigError('req.method', 'must be the HTTP method of the request');
  const target = typeof req.originalUrl === 'string' ? req.originalUrl : req.url;
  const path = settings.path ?? pathOfTarget(target);
  if (path === undefined) throw new AntomConfigError('req.url', 'has no readable path; pass the path Antom called as options.path');
  const context = `notification ${method.toUpperCase()} ${path}`;
  const headers = req.headers as HeaderSource;
  const limit = settings.maxBodyBytes;

  const kept = keptBody(req.rawBody) ?? keptBody(req.body);
  if (kept !== undefined) {
    refuseDeclaredOverLimit(String(byteLength(kept)), limit, context);
    return { method, path, headers, rawBody: kept };
  }
  if (req.body !== undefined) throw new AntomConfigError('req.body', `is already parsed (${req.body === null ? 'null' : typeof req.body}); ${PARSED_BODY_HELP}`);
  const stream = req as Partial<NodeReadable> & { readableEnded?: unknown; destroyed?: unknown };
  if (typeof stream.on !== 'function' || typeof stream.removeListener !== 'function') {
    throw new AntomConfigError('req', `carries no body to verify (no rawBody, no bytes or text in body, and it is not a readable stream); ${PARSED_BODY_HELP}`);
  }
  if (stream.readableEnded === true || stream.destroyed === true) {
    throw new AntomConfigError('req', `its body was already read by something else and not kept; ${PARSED_BODY_HELP}`);
  }
  refuseDeclaredOverLimit(getHeader(headers, 'content-length'), limit, context);
  const rawBody = await readNodeStream(stream as NodeReadable, limit, context);
  return { method, path, headers, rawBody };
}

/** Bytes or text a body parser kept; undefined for anything else. */
function keptBody(value: unknown): string | Uint8Array | undefined {
  return typeof value === 'string' || value instanceof Uint8Array ? value : undefined;
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? new TextEncoder().encode(body).byteLength : body.byteLength;
}

function checkNodeRequest(req: unknown): asserts req is NodeWebhookRequest {
  if (typeof req !== 'object' || req === null) throw new AntomConfigError('req', 'must be a Node request (IncomingMessage, or Express/Fastify request)');
  const headers = (req as { headers?: unknown }).headers as { get?: unknown } | null | undefined;
  if (typeof headers !== 'object' || headers === null) throw new AntomConfigError('req.headers', 'must be the record of request headers');
  if (typeof headers.get === 'function') {
    throw new AntomConfigError('req', 'is a web Request; use verifyWebhook(request) / readWebhookRequest(request) for it');
  }
}
