// --max-payments: the oldest finished payments go first, with their refunds, captures, disputes and session.
import type { Payment } from './model.ts';
import type { SandboxStore } from './store.ts';

const FINAL = new Set(['SUCCESS', 'FAIL', 'CANCELLED']);
const OPEN_DISPUTE = new Set(['OPEN', 'DEFENDED']);

/**
 * A payment nothing will change on its own any more: a final status, no refund in process, no dispute waiting, no
 * notification still to deliver. (A merchant's refund or capture could still change it: eviction forgets it anyway.)
 */
export function isFinished(payment: Payment): boolean {
  return FINAL.has(payment.paymentStatus)
    && payment.refunds.every((refund) => refund.refundStatus !== 'PROCESSING')
    && (payment.disputes ?? []).every((dispute) => !OPEN_DISPUTE.has(dispute.disputeStatus))
    && (payment.outbox ?? []).length === 0;
}

/**
 * Removes the oldest finished payments until at most `max` are kept, and returns them. Payments still open are
 * kept even past the bound: they finish (or expire) in time and go then.
 */
export function evictOverBound(store: SandboxStore, max: number): Payment[] {
  let excess = store.size() - max;
  if (excess <= 0) return [];
  const evicted: Payment[] = [];
  for (const payment of store.oldest()) {
    if (excess === 0) break;
    if (!isFinished(payment)) continue;
    evicted.push(payment);
    excess -= 1;
  }
  for (const payment of evicted) store.remove(payment);
  return evicted;
}
