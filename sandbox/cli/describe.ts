// How the commands write what the sandbox answered, for people.
import type { NotificationView, PaymentView } from '../control/types.ts';

export const amount = (value: { currency: string; value: string }): string => `${value.currency} ${value.value}`;

/** One delivery: `notifyPayment #2 → http://… acknowledged (HTTP 200)`. */
export function delivery(record: NotificationView): string {
  const where = record.forwardedTo === undefined ? (record.url ?? '(no URL)') : `${record.forwardedTo} (forwarded; named ${record.url ?? 'no URL'})`;
  const outcome = record.acknowledged ? `acknowledged (HTTP ${record.httpStatus})` : `NOT acknowledged: ${record.problem ?? `HTTP ${record.httpStatus}`}`;
  return `${record.kind} #${record.attempt}${record.resent ? ' (resent)' : ''}${record.subjectId === undefined ? '' : ` for ${record.subjectId}`} → ${where} ${outcome}`;
}

/** The table cell for a payment's latest delivery. */
export function lastDelivery(payment: PaymentView): string {
  const last = payment.notifications.at(-1);
  if (last === undefined) return '-';
  // Without an HTTP status, the first words of the recorded problem: "not delivered" (no URL, refused URL) or "no answer".
  const unanswered = last.problem?.split(':')[0] ?? 'no answer';
  return `${last.kind} #${last.attempt} ${last.acknowledged ? 'acknowledged' : last.httpStatus === null ? unanswered : `HTTP ${last.httpStatus}`}`;
}
