// State changes of payments and refunds, and the notifications each final state (and PENDING) sends.
import { paymentNotification, refundNotification } from '../notify/bodies.ts';
import type { SandboxContext } from './context.ts';
import type { Payment, Refund } from './model.ts';
import { canComplete } from './rules.ts';

export type Outcome = 'SUCCESS' | 'FAIL' | 'PENDING';
export type TransitionResult = { ok: true } | { ok: false; reason: string };

/** Failure code a declined payment carries unless the caller names another F code of the pay table. */
export const DEFAULT_FAILURE_CODE = 'PROCESS_FAIL';

/** Where notifyPayment and notifyCapture go: the request's paymentNotifyUrl, else the Dashboard URL (--notify-url). */
export function paymentNotifyUrlOf(ctx: SandboxContext, payment: Payment): string | undefined {
  return payment.paymentNotifyUrl ?? ctx.settings.notifyUrl;
}

function notifyPayment(ctx: SandboxContext, payment: Payment): void {
  const url = paymentNotifyUrlOf(ctx, payment);
  if (url === undefined) return;
  ctx.notifier.send({ kind: 'notifyPayment', url, payment, body: paymentNotification(payment, ctx.results) });
}

/** What the cashier page's buttons and `POST /__sandbox/payments/{id}/complete` do. */
export function completePayment(ctx: SandboxContext, payment: Payment, outcome: Outcome, failureCode = DEFAULT_FAILURE_CODE): TransitionResult {
  expireIfDue(ctx, payment);
  if (!canComplete(payment, outcome)) return { ok: false, reason: `payment ${payment.paymentId} is ${payment.paymentStatus}; it cannot become ${outcome}` };
  if (outcome === 'FAIL') {
    const row = ctx.results.result('pay', failureCode);
    if (row.resultStatus !== 'F') return { ok: false, reason: `${failureCode} is not a failure (F) code of the pay table` };
  }
  payment.paymentStatus = outcome;
  payment.paymentResultCode = outcome === 'FAIL' ? failureCode : outcome === 'SUCCESS' ? 'SUCCESS' : 'PAYMENT_IN_PROCESS';
  if (outcome === 'SUCCESS') payment.paidAt = ctx.clock.now();
  notifyPayment(ctx, payment);
  return { ok: true };
}

/** Closes an unpaid payment whose expiry time has passed (FAIL, ORDER_IS_CLOSED); true when it did. */
export function expireIfDue(ctx: SandboxContext, payment: Payment): boolean {
  if (payment.paymentStatus !== 'PROCESSING' || ctx.clock.now() < payment.expiresAt) return false;
  payment.paymentStatus = 'FAIL';
  payment.paymentResultCode = 'ORDER_IS_CLOSED';
  notifyPayment(ctx, payment);
  return true;
}

/** Registers a new payment and its expiry job. */
export function openPayment(ctx: SandboxContext, payment: Payment): void {
  ctx.store.addPayment(payment);
  scheduleExpiry(ctx, payment);
}

/** The job that closes an unpaid payment at its expiry time. */
export function scheduleExpiry(ctx: SandboxContext, payment: Payment): void {
  ctx.scheduler.at(payment.expiresAt, () => void expireIfDue(ctx, payment), payment);
}

/** The job that finishes a card refund (REFUND_IN_PROCESS) asyncRefundMs after it was made. */
export function scheduleRefundFinish(ctx: SandboxContext, payment: Payment, refund: Refund): void {
  ctx.scheduler.at(refund.createdAt + ctx.settings.asyncRefundMs, () => finishRefund(ctx, payment, refund, 'SUCCESS'), payment);
}

export function cancelPayment(ctx: SandboxContext, payment: Payment): void {
  payment.paymentStatus = 'CANCELLED';
  payment.paymentResultCode = 'ORDER_IS_CANCELED';
  payment.cancelledAt = ctx.clock.now();
}

/** Moves a refund to its final state and notifies refundNotifyUrl when the request gave one. */
export function finishRefund(ctx: SandboxContext, payment: Payment, refund: Refund, status: 'SUCCESS' | 'FAIL'): void {
  if (refund.refundStatus !== 'PROCESSING') return;
  refund.refundStatus = status;
  refund.finishedAt = ctx.clock.now();
  if (refund.refundNotifyUrl === undefined) return;
  ctx.notifier.send({ kind: 'notifyRefund', url: refund.refundNotifyUrl, payment, body: refundNotification(refund, ctx.results), subjectId: refund.refundId });
}
