// POST /v1/payments/inquiryPayment: the stored payment's status, with its refunds and captures as transactions.
import { isoTime } from '../state/clock.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Payment } from '../state/model.ts';
import { expireIfDue } from '../state/transitions.ts';
import { resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

function transactions(ctx: SandboxContext, payment: Payment): Array<Record<string, unknown>> {
  const refunds = payment.refunds.map((refund) => ({
    transactionType: 'REFUND',
    transactionStatus: refund.refundStatus,
    transactionRequestId: refund.refundRequestId,
    transactionId: refund.refundId,
    transactionAmount: refund.refundAmount,
    transactionTime: isoTime(refund.finishedAt ?? refund.createdAt),
    transactionResult: ctx.results.result('refund', refund.refundStatus === 'PROCESSING' ? 'REFUND_IN_PROCESS' : refund.refundStatus === 'SUCCESS' ? 'SUCCESS' : 'PROCESS_FAIL'),
  }));
  const captures = payment.captures.map((capture) => ({
    transactionType: 'CAPTURE',
    transactionStatus: capture.captureStatus,
    transactionRequestId: capture.captureRequestId,
    transactionId: capture.captureId,
    transactionAmount: capture.captureAmount,
    transactionTime: isoTime(capture.createdAt),
    transactionResult: ctx.results.result('capture', capture.captureStatus === 'SUCCESS' ? 'SUCCESS' : 'PROCESS_FAIL'),
  }));
  return [...captures, ...refunds];
}

export const inquiryPayment: OperationHandler = (ctx, call) => {
  const paymentId = text(call.body, 'paymentId');
  const paymentRequestId = text(call.body, 'paymentRequestId');
  const payment = ctx.store.payment(call.clientId, { paymentId, paymentRequestId });
  if (payment === undefined) return resultOnly(ctx.results.result('inquiryPayment', 'ORDER_NOT_EXIST'));
  expireIfDue(ctx, payment);
  const reason = ctx.results.result('pay', payment.paymentResultCode);
  const list = transactions(ctx, payment);
  return JSON.stringify({
    result: ctx.results.result('inquiryPayment', 'SUCCESS'),
    paymentStatus: payment.paymentStatus,
    paymentResultCode: reason.resultCode,
    paymentResultMessage: reason.resultMessage,
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.paymentAmount,
    paymentCreateTime: isoTime(payment.createdAt),
    ...(payment.paymentStatus === 'SUCCESS' && payment.paidAt !== undefined ? { paymentTime: isoTime(payment.paidAt) } : {}),
    ...(payment.paymentMethodType === '' ? {} : { paymentMethodType: payment.paymentMethodType }),
    ...(list.length > 0 ? { transactions: list } : {}),
  });
};
