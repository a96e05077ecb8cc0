// The business rules of the lifecycle reference as pure functions of the records and the sandbox time.
import { inChargeback, lostToChargebacks } from '../disputes/rules.ts';
import type { Amount, Payment } from './model.ts';

const DAY = 24 * 60 * 60_000;
const UTC8 = 8 * 60 * 60_000;

export const DEFAULT_EXPIRY_MS = 14 * 60_000;
/** Manual-capture card authorisations: capture (and cancel) within 7 days. */
export const CARD_WINDOW_MS = 7 * DAY;

export const isCard = (payment: Payment): boolean => payment.paymentMethodType === 'CARD';
export const isManualCapture = (payment: Payment): boolean => isCard(payment) && payment.captureMode === 'MANUAL';

export function sameAmount(a: Amount, b: Amount): boolean {
  return a.currency === b.currency && BigInt(a.value) === BigInt(b.value);
}

const sum = (amounts: readonly Amount[]): bigint => amounts.reduce((total, amount) => total + BigInt(amount.value), 0n);

/** When an unpaid payment closes: the request's paymentExpiryTime, else `defaultMs` after creation. */
export function expiryOf(createdAt: number, paymentExpiryTime: unknown, defaultMs: number): number {
  const asked = typeof paymentExpiryTime === 'string' ? Date.parse(paymentExpiryTime) : Number.NaN;
  return Number.isNaN(asked) ? createdAt + defaultMs : asked;
}

/** Amount captured so far (successful captures). */
export function capturedAmount(payment: Payment): bigint {
  return sum(payment.captures.filter((capture) => capture.captureStatus === 'SUCCESS').map((capture) => capture.captureAmount));
}

/** What is left to capture on a manual-capture authorisation. */
export function capturableAmount(payment: Payment): bigint {
  return BigInt(payment.paymentAmount.value) - capturedAmount(payment);
}

/**
 * Refunds still running count against the balance, so parallel refunds can never exceed the paid amount; so does
 * what chargebacks already gave back to the buyer.
 */
export function refundableAmount(payment: Payment): bigint {
  const base = isManualCapture(payment) ? capturedAmount(payment) : BigInt(payment.paymentAmount.value);
  const taken = sum(payment.refunds.filter((refund) => refund.refundStatus !== 'FAIL').map((refund) => refund.refundAmount));
  return base - taken - lostToChargebacks(payment);
}

/** Refunds need a successful payment not in a chargeback; a manual-capture card payment also needs a capture. */
export function canRefund(payment: Payment): boolean {
  return payment.paymentStatus === 'SUCCESS' && (!isManualCapture(payment) || capturedAmount(payment) > 0n) && !inChargeback(payment);
}

/**
 * Cancel window: cards up to 7 days after the payment was created and never once captured; other methods until
 * 00:15 (UTC+8) of the day after the payment was created.
 */
export function cancelWindowOpen(payment: Payment, now: number): boolean {
  if (isCard(payment)) return payment.captures.length === 0 && now <= payment.createdAt + CARD_WINDOW_MS;
  const createdLocal = payment.createdAt + UTC8;
  const nextDayLocal = createdLocal - (createdLocal % DAY) + DAY;
  return now <= nextDayLocal + 15 * 60_000 - UTC8;
}

/** `outcome` accepted by the cashier page and the control API, from the payment's current status. */
export function canComplete(payment: Payment, outcome: 'SUCCESS' | 'FAIL' | 'PENDING'): boolean {
  if (payment.paymentStatus === 'PROCESSING') return true;
  return payment.paymentStatus === 'PENDING' && outcome !== 'PENDING';
}
