// One delivery of a notification: POST the signed body to the merchant's URL and judge the answer. Signed like
// Antom signs notifications: `POST <path>\n<client-id>.<request-time>.<body>` with RSA-SHA256, where request-time is
// the wall-clock time of this delivery (not sandbox time), so a merchant's freshness check passes even after the
// sandbox clock was moved forward.
import type { AntomPrivateKey } from '../../src/keys.ts';
import { buildSignContent, formatSignatureHeader, signRsaSha256Async } from '../../src/signing/index.ts';
import { createAttemptSignal } from '../../src/transport/attempt-signal.ts';
import { MOCK_KEY_VERSION } from '../response-signing.ts';
import { postWithHeaderCase } from '../strict/post.ts';
import type { WireShape } from '../strict/shape.ts';

export interface DeliveryResult {
  httpStatus: number | null;
  acknowledged: boolean;
  problem?: string;
}

const ACK = { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } };

/** The fixed acknowledgement, compared as parsed JSON: any other body counts as not acknowledged. */
export function isAcknowledgement(status: number, text: string): boolean {
  if (status < 200 || status >= 300) return false;
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(ACK);
  } catch {
    return false;
  }
}

/** Most of a merchant's answer the sender reads: the acknowledgement is under 100 bytes, even pretty-printed. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** The body as text, or undefined once it grows past `maxBytes` (the rest is not read: the stream is cancelled). */
export async function readAtMost(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancelling drops the connection: nothing more is read.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** True for a URL on this machine (localhost, 127.0.0.0/8, [::1]): the only places a local sandbox posts to by default. */
export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.test(url.hostname);
}

/**
 * `signal` aborts the delivery from outside (reset, stop); `timeoutMs` bounds it on its own. `shape(now)`, when
 * given, decides the body text, the `request-time` text and the header names (--strict-notifications).
 */
export async function deliverNotification(url: string, clientId: string, canonical: string, antomPrivateKey: AntomPrivateKey, timeoutMs: number, anyHost = false, signal?: AbortSignal, shape?: (now: number) => WireShape): Promise<DeliveryResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { httpStatus: null, acknowledged: false, problem: `not delivered: ${JSON.stringify(url)} is not a URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { httpStatus: null, acknowledged: false, problem: `not delivered: ${JSON.stringify(url)} is not an http or https URL` };
  }
  // A sandbox fed example or fuzzed requests must not post to hosts on the internet: only loopback unless asked.
  if (!anyHost && !isLoopbackUrl(target)) {
    return { httpStatus: null, acknowledged: false, problem: `not delivered: ${target.host} is not a loopback host (start the sandbox with --notify-any-host to allow it)` };
  }
  const wire = shape?.(Date.now());
  const body = wire?.body ?? canonical;
  const requestTime = wire?.requestTime ?? String(Date.now());
  const content = buildSignContent({ method: 'POST', path: `${target.pathname}${target.search}`, clientId, time: requestTime, body });
  const signature = formatSignatureHeader({ keyVersion: MOCK_KEY_VERSION, signature: await signRsaSha256Async(content, antomPrivateKey) });
  const headers = { 'content-type': 'application/json; charset=UTF-8', 'client-id': clientId, 'request-time': requestTime, signature };
  // A timer of our own, not AbortSignal.any([signal, AbortSignal.timeout(ms)]): on Node 20 that composite loses its
  // timeout once the garbage collector takes the timeout signal, and a hanging endpoint then holds its slot forever.
  const attempt = createAttemptSignal(timeoutMs, signal);
  const abort = attempt.signal;
  try {
    const { status, text } = wire
      ? await postWithHeaderCase(target, Object.fromEntries(Object.entries(headers).map(([name, value]) => [wire.headerName(name), value])), body, abort, MAX_ANSWER_BYTES)
      : await fetch(target, { method: 'POST', headers, body, redirect: 'manual', signal: abort }).then(async (response) => ({ status: response.status, text: await readAtMost(response, MAX_ANSWER_BYTES) }));
    if (text === undefined) return { httpStatus: status, acknowledged: false, problem: `answer was not the acknowledgement: its body is larger than ${MAX_ANSWER_BYTES} bytes` };
    const acknowledged = isAcknowledgement(status, text);
    return acknowledged
      ? { httpStatus: status, acknowledged }
      : { httpStatus: status, acknowledged, problem: `answer was not the acknowledgement: HTTP ${status} ${text.slice(0, 120)}${wire ? ` (strict: ${wire.summary})` : ''}` };
  } catch (error) {
    return { httpStatus: null, acknowledged: false, problem: `no answer: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    attempt.dispose();
  }
}
