// POST /v1/payments/refund: partial or full refunds of a successful payment, never more in total than was paid.
// Wallet refunds finish at once (S); card refunds answer U REFUND_IN_PROCESS and finish later (sandbox time).
import { isoTime } from '../state/clock.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Refund } from '../state/model.ts';
import { canRefund, isCard, refundableAmount, sameAmount } from '../state/rules.ts';
import { expireIfDue, finishRefund, scheduleRefundFinish } from '../state/transitions.ts';
import { amount, resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

/** The answer for a refund in its current state (repeats with the same refundRequestId get the current one). */
export function refundAnswer(ctx: SandboxContext, refund: Refund): string {
  const code = refund.refundStatus === 'PROCESSING' ? 'REFUND_IN_PROCESS' : refund.refundStatus === 'SUCCESS' ? 'SUCCESS' : 'PROCESS_FAIL';
  return JSON.stringify({
    result: ctx.results.result('refund', code),
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    paymentId: refund.paymentId,
    refundAmount: refund.refundAmount,
    ...(refund.refundStatus === 'SUCCESS' && refund.finishedAt !== undefined ? { refundTime: isoTime(refund.finishedAt) } : {}),
  });
}

export const refund: OperationHandler = (ctx, call) => {
  const refuse = (code: string): string => resultOnly(ctx.results.result('refund', code));
  const refundRequestId = text(call.body, 'refundRequestId') ?? '';
  const paymentId = text(call.body, 'paymentId') ?? '';
  const refundAmount = amount(call.body, 'refundAmount');
  if (refundAmount === undefined) return refuse('PARAM_ILLEGAL');

  const earlier = ctx.store.refund(call.clientId, { refundRequestId });
  if (earlier !== undefined) {
    const same = earlier.paymentId === paymentId && sameAmount(earlier.refundAmount, refundAmount);
    return same ? refundAnswer(ctx, earlier) : refuse('REPEAT_REQ_INCONSISTENT');
  }
  const payment = ctx.store.payment(call.clientId, { paymentId });
  if (payment === undefined) return refuse('ORDER_NOT_EXIST');
  expireIfDue(ctx, payment);
  if (!canRefund(payment)) return refuse('ORDER_STATUS_INVALID');
  if (refundAmount.currency !== payment.paymentAmount.currency) return refuse('CURRENCY_NOT_SUPPORT');
  const value = BigInt(refundAmount.value);
  if (value <= 0n || value > refundableAmount(payment)) return refuse('REFUND_AMOUNT_EXCEED');

  const notifyUrl = text(call.body, 'refundNotifyUrl');
  const metadata = text(call.body, 'metadata');
  const record: Refund = {
    refundId: ctx.newId('refund'),
    refundRequestId,
    paymentId: payment.paymentId,
    refundAmount,
    refundStatus: 'PROCESSING',
    ...(notifyUrl === undefined ? {} : { refundNotifyUrl: notifyUrl }),
    ...(metadata === undefined ? {} : { metadata }),
    createdAt: ctx.clock.now(),
    answer: '',
  };
  ctx.store.addRefund(call.clientId, payment, record);
  if (isCard(payment)) scheduleRefundFinish(ctx, payment, record);
  else finishRefund(ctx, payment, record, 'SUCCESS');
  record.answer = refundAnswer(ctx, record);
  return record.answer;
};
