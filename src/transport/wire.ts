import type { HeaderSource } from '../header-lookup.ts';
import type { SignedMessageCheck } from '../verify-signed-message.ts';

/** One HTTP attempt as the transport sends it: already signed, sent unchanged on every attempt. */
export interface WireRequest {
  url: URL;
  method: string;
  headers: Readonly<Record<string, string>>;
  /** Empty for GET and HEAD. */
  body: string;
}

/** What came back from one attempt, with the whole body read as UTF-8. */
export interface WireReply {
  status: number;
  headers: HeaderSource;
  text: string;
  /** A `Response` carrying the same status, headers and body (built on demand). */
  toResponse(): Response;
  /** Antom's signature, already checked where verification is asynchronous (Web Crypto); unset elsewhere. */
  signatureCheck?: SignedMessageCheck;
}

/** Headers that described the wire encoding and do not apply to a Response rebuilt from the decoded text. */
export const STALE_RESPONSE_HEADERS: readonly string[] = ['content-length', 'content-encoding', 'transfer-encoding'];

/** Limits of one attempt. */
export interface AttemptLimits {
  /** Budget for the whole attempt, headers and body, in milliseconds. */
  timeoutMs: number;
  /** The caller's signal, if any: aborting it ends the attempt at once. */
  signal: AbortSignal | undefined;
  /** Largest body accepted, in bytes: a larger declared Content-Length or streamed body ends the attempt. */
  maxBytes: number;
}

/** Rejection of an attempt that ran out of its `timeoutMs`. */
export class AttemptTimeout extends Error {
  override name = 'TimeoutError';
  constructor(timeoutMs: number) {
    super(`attempt timed out after ${timeoutMs} ms`);
  }
}

/**
 * Rejection of an attempt whose body is (or declares to be) larger than `maxBytes`. The exchange stops reading at
 * that point and destroys the connection or cancels the stream, so the rest is never downloaded.
 */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super(`response body exceeds ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** True when a `content-length` value declares more than `maxBytes`. */
export function declaresMoreThan(contentLength: string | null | undefined, maxBytes: number): boolean {
  return typeof contentLength === 'string' && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > maxBytes;
}

/**
 * Carries one attempt. Rejects with {@link AttemptTimeout} when the budget runs out, with the caller's abort
 * reason (or an AbortError) when the caller aborts, with {@link BodyTooLarge} past `maxBytes`, and with the
 * underlying error on any transport failure; never rejects for an HTTP status.
 */
export type Exchange = (request: WireRequest, limits: AttemptLimits) => Promise<WireReply>;
