import { AntomConfigError, AntomError, AntomSignatureError } from './errors.ts';
import type { HeaderSource } from './header-lookup.ts';
import type { AntomPublicKey, PublicKeyInput } from './keys.ts';
import { parsePublicKeyOnce } from './keys.ts';
import { parseMessageTime } from './message-time.ts';
import { canVerifySynchronously, synchronousFormRefused } from './signing/rsa.ts';
import type { SignedMessage, SignedMessageCheck } from './verify-signed-message.ts';
import { checkSignedMessage, checkSignedMessageAsync } from './verify-signed-message.ts';

// The acknowledgement lives in a module without Node built-ins, so the webhook helpers can use it anywhere.
export { notificationAck, notificationAckBody } from './notification-ack.ts';
export type { NotificationAck } from './notification-ack.ts';

/** Default freshness window for notifications: 5 minutes, in milliseconds. */
export const DEFAULT_NOTIFICATION_MAX_AGE_MS = 5 * 60_000;

/** The incoming notification exactly as received. */
export interface IncomingNotification {
  /** Usually `POST`. */
  method: string;
  /** Path of your notify URL as Antom called it (no scheme or host), e.g. `/antom/notify`. */
  path: string;
  /** `Headers` or Node's `req.headers`; looked up case-insensitively. */
  headers: HeaderSource;
  /** The raw body, before any JSON parsing. Bytes are decoded as UTF-8 (a BOM is kept). */
  rawBody: string | Uint8Array;
}

/** Options of {@link verifyNotification}. */
export interface VerifyNotificationOptions {
  clientId: string;
  /** Antom's public key in any form the client takes: PEM or bare base64 text, a Node KeyObject, or `parsePublicKey`'s result. */
  antomPublicKey: PublicKeyInput;
  /** Largest accepted distance between `request-time` and now, either way, in milliseconds. Default 5 minutes. */
  maxAgeMs?: number;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Verifies a notification from Antom (e.g. notifyPayment) and returns its parsed JSON body.
 *
 * Checks `signature` over `<METHOD> <path>\n<clientId>.<request-time>.<raw body>` with Antom's public key,
 * using the `request-time` header text verbatim; that time may be epoch milliseconds or ISO 8601 and must be
 * within `maxAgeMs` of now. A missing `request-time` header is reported as reason 'missing-response-time'.
 *
 * Synchronous, so it needs node:crypto (Node, Bun, Deno); {@link verifyNotificationAsync} works on every runtime.
 * Only AntomError subclasses come out, whatever the input (it comes from the network).
 *
 * @throws AntomSignatureError when the signature is missing, malformed, wrong or stale.
 * @throws AntomConfigError when the notification is not shaped as {@link IncomingNotification}, `path` is not a
 *   path, an option is invalid, or the runtime has no node:crypto (the message says to call the async form).
 * @throws AntomError when a correctly signed body is not JSON.
 */
export function verifyNotification<T = unknown>(notification: IncomingNotification, options: VerifyNotificationOptions): T {
  const checked = prepare(notification, options);
  if (!canVerifySynchronously()) {
    throw new AntomConfigError('verifyNotification', synchronousFormRefused('verifyNotificationAsync'), { call: true });
  }
  return finish<T>(checked, checkSignedMessage(checked.message));
}

/**
 * {@link verifyNotification} on every runtime: Node, Bun, Deno, Cloudflare Workers (with or without nodejs_compat)
 * and edge runtimes without `node:*`. Same checks, same errors, as a rejected promise (it never throws).
 */
export async function verifyNotificationAsync<T = unknown>(notification: IncomingNotification, options: VerifyNotificationOptions): Promise<T> {
  const checked = prepare(notification, options);
  return finish<T>(checked, await checkSignedMessageAsync(checked.message));
}

interface PreparedNotification {
  message: SignedMessage;
  context: string;
  maxAgeMs: number;
  now: () => number;
}

/** The checks before any cryptography: shapes, options, the key, the body as text. */
function prepare(notification: IncomingNotification, options: VerifyNotificationOptions): PreparedNotification {
  const antomPublicKey = checkShape(notification, options);
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_NOTIFICATION_MAX_AGE_MS;
  if (typeof maxAgeMs !== 'number' || !Number.isFinite(maxAgeMs) || maxAgeMs < 0) throw new AntomConfigError('maxAgeMs', 'must be a finite number >= 0');
  if (!notification.path.startsWith('/')) {
    throw new AntomConfigError('path', 'must be the request path only, starting with "/" (no scheme or host)');
  }
  const context = `notification ${notification.method.toUpperCase()} ${notification.path}`;
  const body = decodeBody(notification.rawBody, context);
  const message: SignedMessage = {
    method: notification.method,
    path: notification.path,
    clientId: options.clientId,
    headers: notification.headers,
    timeHeader: 'request-time',
    body,
    antomPublicKey,
  };
  return { message, context, maxAgeMs, now: options.now ?? Date.now };
}

/** The checks after the signature: freshness of the authenticated time, then the body as JSON. */
function finish<T>(prepared: PreparedNotification, check: SignedMessageCheck): T {
  const { context } = prepared;
  if (!check.ok) throw new AntomSignatureError(check.reason, context);
  const sentAt = parseNotificationTime(check.time);
  const now = prepared.now();
  if (sentAt === undefined || typeof now !== 'number' || !(Math.abs(now - sentAt) <= prepared.maxAgeMs)) throw new AntomSignatureError('stale', context);
  try {
    return JSON.parse(prepared.message.body) as T;
  } catch (error) {
    throw new AntomError(`${context}: signed body is not valid JSON`, { cause: error });
  }
}

/** Parses a `request-time` value (epoch ms or ISO 8601) to epoch ms; undefined if neither (or not a string). */
export function parseNotificationTime(text: string): number | undefined {
  return parseMessageTime(text);
}

/**
 * The notification and the options must have the documented shape; a network-facing caller may pass anything.
 * Returns the parsed public key.
 */
function checkShape(notification: IncomingNotification, options: VerifyNotificationOptions): AntomPublicKey {
  if (typeof notification !== 'object' || notification === null) throw new AntomConfigError('notification', 'must be an object { method, path, headers, rawBody }');
  if (typeof notification.method !== 'string') throw new AntomConfigError('notification.method', 'must be a string');
  if (typeof notification.path !== 'string') throw new AntomConfigError('notification.path', 'must be a string');
  if (typeof notification.headers !== 'object' || notification.headers === null) {
    throw new AntomConfigError('notification.headers', 'must be a Headers object or a record of header values');
  }
  if (typeof notification.rawBody !== 'string' && !(notification.rawBody instanceof Uint8Array)) {
    throw new AntomConfigError('notification.rawBody', 'must be the raw body as a string or bytes');
  }
  if (typeof options !== 'object' || options === null) throw new AntomConfigError('options', 'must be an object');
  if (typeof options.clientId !== 'string') throw new AntomConfigError('clientId', 'must be a string');
  if (options.now !== undefined && typeof options.now !== 'function') throw new AntomConfigError('now', 'must be a function');
  return parsePublicKeyOnce(options.antomPublicKey, 'antomPublicKey');
}

function decodeBody(rawBody: string | Uint8Array, context: string): string {
  if (typeof rawBody === 'string') return rawBody;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(rawBody);
  } catch {
    // Antom signs UTF-8 text, so bytes that are not UTF-8 cannot carry a valid signature.
    throw new AntomSignatureError('bad-signature', context);
  }
}
