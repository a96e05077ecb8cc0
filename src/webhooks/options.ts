import { AntomConfigError } from '../errors.ts';

/**
 * Default `maxBodyBytes` of the webhook helpers: 256 KiB. A real notification is a few kilobytes (a notifyPayment
 * with every optional field stays under 10 KB), so this is dozens of times the largest one, while it bounds what
 * one request to a public endpoint can make the server hold.
 */
export const DEFAULT_WEBHOOK_MAX_BODY_BYTES = 256 * 1024;
/** Largest accepted `maxBodyBytes`: 16 MiB. */
const MAX_BODY_BYTES_LIMIT = 16 * 1024 * 1024;

/** How the webhook helpers read a notification from a web `Request` or a Node request. */
export interface WebhookReadOptions {
  /**
   * The path Antom signed: the path (and query) of the notify URL you gave Antom, e.g. `/antom/notify`. Needed only
   * when a proxy in front of your app rewrote the path; by default it is read from the request itself
   * (`req.originalUrl` under Express, so a router mounted under a prefix needs nothing).
   */
  path?: string;
  /** Largest body accepted, in bytes (default {@link DEFAULT_WEBHOOK_MAX_BODY_BYTES}); a larger one is not read. */
  maxBodyBytes?: number;
}

/** The options after validation. */
export interface ReadSettings {
  path: string | undefined;
  maxBodyBytes: number;
}

/** @throws AntomConfigError naming the bad option. */
export function readSettings(options: WebhookReadOptions | undefined): ReadSettings {
  if (options === undefined) return { path: undefined, maxBodyBytes: DEFAULT_WEBHOOK_MAX_BODY_BYTES };
  if (typeof options !== 'object' || options === null) throw new AntomConfigError('options', 'must be an object');
  const { path, maxBodyBytes = DEFAULT_WEBHOOK_MAX_BODY_BYTES } = options;
  if (path !== undefined && !isPath(path)) {
    throw new AntomConfigError('path', 'must be the path Antom called, starting with "/" (no scheme or host, no spaces)');
  }
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
    throw new AntomConfigError('maxBodyBytes', `must be an integer number of bytes from 1 to ${MAX_BODY_BYTES_LIMIT}`);
  }
  return { path, maxBodyBytes };
}

/** A request target in origin form: `/`, then printable ASCII without spaces. */
export function isPath(value: unknown): value is string {
  return typeof value === 'string' && /^\/[\x21-\x7E]*$/.test(value);
}

/**
 * The signed path of a request target: itself in origin form (`/notify?x=1`), or the path and query of an
 * absolute-form target (`http://host/notify?x=1`, as a forward proxy sends it). Undefined for anything else.
 */
export function pathOfTarget(target: unknown): string | undefined {
  if (isPath(target)) return target;
  if (typeof target !== 'string') return undefined;
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}
