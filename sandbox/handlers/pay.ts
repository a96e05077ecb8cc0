// POST /v1/payments/pay: opens a payment (PAYMENT_IN_PROCESS with the sandbox's cashier URL) or answers a repeat
// of its paymentRequestId from the stored record.
import { isoTime } from '../state/clock.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Payment } from '../state/model.ts';
import { expiryOf, sameAmount } from '../state/rules.ts';
import { expireIfDue, openPayment } from '../state/transitions.ts';
import { amount, resultOnly, text } from './common.ts';
import type { OperationCall, OperationHandler } from './common.ts';
import { openedPayment } from './payment-record.ts';

/** Path of the cashier page of a payment on the sandbox's own listener. */
export const cashierPath = (paymentId: string): string => `/__sandbox/cashier/${encodeURIComponent(paymentId)}`;

const APP_TERMINALS = new Set(['APP', 'WAP']);

function repeatAnswer(ctx: SandboxContext, payment: Payment, call: OperationCall): string {
  expireIfDue(ctx, payment);
  if (payment.paymentStatus === 'CANCELLED') return resultOnly(ctx.results.result('pay', 'ORDER_IS_CANCELED'));
  if (payment.paymentStatus === 'FAIL') return resultOnly(ctx.results.result('pay', 'ORDER_IS_CLOSED'));
  const asked = amount(call.body, 'paymentAmount');
  // A paymentRequestId that opened a session (createPaymentSession) is not this pay request.
  if (asked === undefined || !sameAmount(asked, payment.paymentAmount) || payment.session !== undefined) return resultOnly(ctx.results.result('pay', 'REPEAT_REQ_INCONSISTENT'));
  if (payment.paymentStatus !== 'SUCCESS') return payment.answer;
  return JSON.stringify({
    result: ctx.results.result('pay', 'SUCCESS'),
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.paymentAmount,
    paymentCreateTime: isoTime(payment.createdAt),
  });
}

export const pay: OperationHandler = (ctx, call) => {
  const paymentRequestId = text(call.body, 'paymentRequestId') ?? '';
  const existing = ctx.store.payment(call.clientId, { paymentRequestId });
  if (existing !== undefined) return repeatAnswer(ctx, existing, call);

  const paymentAmount = amount(call.body, 'paymentAmount');
  const paymentRedirectUrl = text(call.body, 'paymentRedirectUrl');
  if (paymentAmount === undefined || paymentRedirectUrl === undefined) return resultOnly(ctx.results.result('pay', 'PARAM_ILLEGAL'));
  const now = ctx.clock.now();
  const paymentId = ctx.newId('pay');
  const cashier = `${call.origin}${cashierPath(paymentId)}`;
  const terminal = text(call.body, 'env.terminalType') ?? '';
  const answer = JSON.stringify({
    result: ctx.results.result('pay', 'PAYMENT_IN_PROCESS'),
    paymentRequestId,
    paymentId,
    paymentAmount,
    paymentCreateTime: isoTime(now),
    normalUrl: cashier,
    ...(APP_TERMINALS.has(terminal) ? { applinkUrl: `${cashier}?link=applink` } : {}),
  });
  openPayment(
    ctx,
    openedPayment(call, {
      paymentId,
      paymentRequestId,
      paymentAmount,
      paymentMethodType: text(call.body, 'paymentMethod.paymentMethodType') ?? 'UNKNOWN',
      paymentRedirectUrl,
      createdAt: now,
      expiresAt: expiryOf(now, call.body.paymentExpiryTime, ctx.settings.expiryMs),
      answer,
    }),
  );
  return answer;
};
