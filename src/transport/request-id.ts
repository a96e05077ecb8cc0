import type { RequestIdRef } from '../errors.ts';

/**
 * Ids that name a call when its body has no `…RequestId` field, most specific first: a dispute's, then the ids
 * Antom assigned (an inquiry or a cancel by `paymentId`, an inquiry by `refundId`).
 */
const OTHER_ID_FIELDS = ['disputeId', 'refundId', 'captureId', 'paymentId'] as const;
/** Longest id text kept; Antom's ids are at most 64 characters. */
const MAX_ID_LENGTH = 128;

/**
 * The request id a call carries in its JSON body, for error messages: the first top-level `…RequestId` string
 * (`paymentRequestId`, `refundRequestId`, `captureRequestId`, and any an operation added to the spec names that
 * way), else `disputeId`, `refundId`, `captureId` or `paymentId`. Undefined for a body without one, or not JSON.
 * Called only when an error is built, so a successful call never parses its own body again.
 */
export function requestIdOf(body: string): RequestIdRef | undefined {
  if (body === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  const field = Object.keys(record).find((key) => key.endsWith('RequestId') && usable(record[key])) ?? OTHER_ID_FIELDS.find((key) => usable(record[key]));
  return field === undefined ? undefined : { field, value: record[field] as string };
}

function usable(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH;
}
