// Rules of a payment session as pure functions: when it expires, what a repeat must match, its identifiers and
// where its Checkout Page lives.
import { randomBytes } from 'node:crypto';
import { isoTime } from '../state/clock.ts';
import type { Amount } from '../state/model.ts';

export const SESSION_HOUR_MS = 60 * 60_000;

/** Path of a session's Checkout Page on the sandbox's own listener. */
export const checkoutPath = (paymentSessionId: string): string => `/__sandbox/checkout/${encodeURIComponent(paymentSessionId)}`;

export type SessionExpiry = { ok: true; at: number; text: string } | { ok: false; problem: string };

/**
 * The session's expiry: 1 hour after creation by default (to the whole second, so the announced time is the real
 * one); a requested paymentSessionExpiryTime must lie after the creation and at most 1 hour after it, and is
 * answered as it was sent.
 */
export function sessionExpiry(createdAt: number, asked: unknown): SessionExpiry {
  if (asked === undefined) {
    const at = Math.floor((createdAt + SESSION_HOUR_MS) / 1000) * 1000;
    return { ok: true, at, text: isoTime(at) };
  }
  const at = typeof asked === 'string' ? Date.parse(asked) : Number.NaN;
  if (Number.isNaN(at)) return { ok: false, problem: 'must be an ISO 8601 date-time' };
  if (at <= createdAt || at > createdAt + SESSION_HOUR_MS) {
    return { ok: false, problem: `must be after the session's creation (${isoTime(createdAt)}) and at most 1 hour after it` };
  }
  return { ok: true, at, text: asked as string };
}

/** What makes two createPaymentSession requests with one paymentRequestId the same request. */
export function requestKey(fields: { productCode: string; productScene: string; paymentAmount: Amount; paymentMethodType: string | undefined }): string {
  const { productCode, productScene, paymentAmount, paymentMethodType } = fields;
  return JSON.stringify([productCode, productScene, paymentAmount.currency, BigInt(paymentAmount.value).toString(), paymentMethodType ?? null]);
}

/** A new paymentSessionId (at most 64 characters) and the opaque paymentSessionData handed to the front end. */
export function newSessionIds(): { paymentSessionId: string; paymentSessionData: string } {
  const paymentSessionId = `SBXSESSION${randomBytes(12).toString('hex').toUpperCase()}`;
  return { paymentSessionId, paymentSessionData: `${paymentSessionId}&&${randomBytes(48).toString('base64url')}` };
}
