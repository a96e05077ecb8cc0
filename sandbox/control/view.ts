// How the control API shows a payment: the fixed names of the issue, plus a few more fields.
import { isoTime } from '../state/clock.ts';
import type { Payment } from '../state/model.ts';
import type { PaymentView } from './types.ts';

export function paymentView(payment: Payment): PaymentView {
  return {
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    paymentStatus: payment.paymentStatus,
    paymentAmount: payment.paymentAmount,
    paymentResultCode: payment.paymentResultCode,
    clientId: payment.clientId,
    paymentMethodType: payment.paymentMethodType,
    captureMode: payment.captureMode,
    ...(payment.session === undefined
      ? {}
      : { productScene: payment.session.productScene, paymentSessionId: payment.session.paymentSessionId, paymentSessionExpiryTime: isoTime(payment.session.paymentSessionExpiryTime) }),
    paymentRedirectUrl: payment.paymentRedirectUrl,
    ...(payment.paymentNotifyUrl === undefined ? {} : { paymentNotifyUrl: payment.paymentNotifyUrl }),
    createdAt: isoTime(payment.createdAt),
    expiresAt: isoTime(payment.expiresAt),
    refunds: payment.refunds.map((refund) => ({
      refundId: refund.refundId,
      refundRequestId: refund.refundRequestId,
      refundStatus: refund.refundStatus,
      refundAmount: refund.refundAmount,
    })),
    captures: payment.captures.map((capture) => ({
      captureId: capture.captureId,
      captureRequestId: capture.captureRequestId,
      captureStatus: capture.captureStatus,
      captureAmount: capture.captureAmount,
    })),
    notifications: payment.notifications.map((record) => ({ ...record })),
    disputes: (payment.disputes ?? []).map(({ disputeId, disputeStatus }) => ({ disputeId, disputeStatus })),
  };
}
