const SECONDS = /^\d+$/;

/** Statuses whose `Retry-After` header is honoured: Too Many Requests and Service Unavailable. */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Reads a `Retry-After` value (RFC 9110 §10.2.3) as a wait in milliseconds from `now`: delay-seconds, or an
 * HTTP-date (a date already past means 0). Undefined when absent or unreadable, so the usual backoff applies.
 */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (SECONDS.test(text)) return Number(text) * 1000;
  // An HTTP-date always names its weekday and ends in GMT; Date.parse alone would accept far looser text.
  if (!/^[A-Za-z]{3,9},? .*GMT$|^[A-Za-z]{3} [A-Za-z]{3} /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
