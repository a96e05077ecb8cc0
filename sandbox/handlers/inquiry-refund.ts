// POST /v1/payments/inquiryRefund: the stored refund's status.
import { isoTime } from '../state/clock.ts';
import { resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

export const inquiryRefund: OperationHandler = (ctx, call) => {
  const refund = ctx.store.refund(call.clientId, { refundId: text(call.body, 'refundId'), refundRequestId: text(call.body, 'refundRequestId') });
  if (refund === undefined) return resultOnly(ctx.results.result('inquiryRefund', 'ORDER_NOT_EXIST'));
  return JSON.stringify({
    result: ctx.results.result('inquiryRefund', 'SUCCESS'),
    refundId: refund.refundId,
    refundRequestId: refund.refundRequestId,
    refundAmount: refund.refundAmount,
    refundStatus: refund.refundStatus,
    ...(refund.refundStatus === 'SUCCESS' && refund.finishedAt !== undefined ? { refundTime: isoTime(refund.finishedAt) } : {}),
    ...(refund.metadata === undefined ? {} : { metadata: refund.metadata }),
  });
};
