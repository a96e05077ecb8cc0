import { AntomConfigError, isAntomError } from '../errors.ts';
import { notificationAckBody } from '../notification-ack.ts';

const ACK_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

/** The acknowledgement Antom waits for, as a web `Response` (HTTP 200, JSON): return it from a fetch handler. */
export function notificationAckResponse(): Response {
  return new Response(notificationAckBody(), { status: 200, headers: ACK_HEADERS });
}

/** A Node `ServerResponse` (Express's `res` is one), or Fastify's `reply`: whatever can send the acknowledgement. */
export type AckTarget =
  | { writeHead(status: number, headers: Record<string, string>): unknown; end(body: string): unknown }
  | { code(status: number): unknown; header(name: string, value: string): unknown; send(body: string): unknown };

/**
 * Sends the acknowledgement (HTTP 200, JSON) on a Node `ServerResponse` (`node:http`, Express) or a Fastify
 * `reply`. Returns what the framework's send returned (return it from a Fastify handler).
 *
 * @throws AntomConfigError when `res` is neither.
 */
export function sendNotificationAck(res: AckTarget): unknown {
  const target = res as Partial<Record<'writeHead' | 'end' | 'code' | 'header' | 'send', (...args: unknown[]) => unknown>>;
  if (typeof target.writeHead === 'function' && typeof target.end === 'function') {
    target.writeHead.call(res, 200, { ...ACK_HEADERS });
    return target.end.call(res, notificationAckBody());
  }
  if (typeof target.code === 'function' && typeof target.header === 'function' && typeof target.send === 'function') {
    target.code.call(res, 200);
    target.header.call(res, 'content-type', ACK_HEADERS['content-type']);
    return target.send.call(res, notificationAckBody());
  }
  throw new AntomConfigError('res', "must be a Node ServerResponse (node:http, Express) or a Fastify reply; for a web Response use notificationAckResponse()");
}

/**
 * The HTTP status to answer a notification that could not be verified with. Anything but the acknowledgement makes
 * Antom send it again later, so a fixed setup mistake heals by itself:
 * - 401 for a bad, missing or stale signature (AntomSignatureError);
 * - 413 for a body over `maxBodyBytes` (AntomNotificationTooLargeError);
 * - 500 for your own setup (AntomConfigError: e.g. a body parser that already parsed the JSON) and for errors
 *   that are not the toolkit's;
 * - 400 for any other AntomError (a signed body that is not a JSON object, a body cut short).
 */
export function webhookErrorStatus(error: unknown): number {
  if (!isAntomError(error)) return 500;
  switch (error.name) {
    case 'AntomSignatureError':
      return 401;
    case 'AntomNotificationTooLargeError':
      return 413;
    case 'AntomConfigError':
      return 500;
    default:
      return 400;
  }
}
