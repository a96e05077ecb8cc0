import type { HeaderSource } from './header-lookup.ts';

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
}

/**
 * Carries one attempt. Rejects when `signal` aborts (with the signal's reason or an AbortError) and on any
 * transport failure; never rejects for an HTTP status.
 */
export type Exchange = (request: WireRequest, signal: AbortSignal) => Promise<WireReply>;
