// POST /v1/payments/cancel: closes an open payment, or voids a successful one inside the cancel window.
import { isoTime } from '../state/clock.ts';
import { cancelWindowOpen } from '../state/rules.ts';
import { cancelPayment, expireIfDue } from '../state/transitions.ts';
import { resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

export const cancel: OperationHandler = (ctx, call) => {
  const refuse = (code: string): string => resultOnly(ctx.results.result('cancel', code));
  const payment = ctx.store.payment(call.clientId, { paymentId: text(call.body, 'paymentId'), paymentRequestId: text(call.body, 'paymentRequestId') });
  if (payment === undefined) return refuse('ORDER_NOT_EXIST');
  expireIfDue(ctx, payment);
  if (payment.paymentStatus !== 'CANCELLED') {
    // A payment with any refund can only be refunded further, never cancelled.
    if (payment.refunds.length > 0) return refuse('PROCESS_FAIL');
    if (payment.paymentStatus === 'FAIL') return refuse('ORDER_STATUS_INVALID');
    if (!cancelWindowOpen(payment, ctx.clock.now())) return refuse('CANCEL_WINDOW_EXCEED');
    cancelPayment(ctx, payment);
  }
  // Repeating a cancel is harmless: the same success answer.
  return JSON.stringify({
    result: ctx.results.result('cancel', 'SUCCESS'),
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    cancelTime: isoTime(payment.cancelledAt ?? ctx.clock.now()),
  });
};
