// Bodies of notifyPayment, notifyRefund and notifyCapture, built from the stored records. Only fields the spec's
// webhook schemas name; times in ISO 8601. The webhooks have no result table of their own: each result is read as
// the operation it reports answers it (pay, refund, capture), gateway-wide codes included.
import { isoTime } from '../state/clock.ts';
import type { Capture, Payment, Refund } from '../state/model.ts';
import type { ResultTables } from '../state/results.ts';

export function paymentNotification(payment: Payment, results: ResultTables): Record<string, unknown> {
  const pending = payment.paymentStatus === 'PENDING';
  const success = payment.paymentStatus === 'SUCCESS';
  // PAYMENT_PENDING carries S SUCCESS (the buyer has paid); a final failure carries the failure code, a code of
  // pay's table (or a gateway-wide one).
  const code = pending || success ? 'SUCCESS' : payment.paymentResultCode;
  return {
    notifyType: pending ? 'PAYMENT_PENDING' : 'PAYMENT_RESULT',
    result: results.result('pay', code),
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.paymentAmount,
    paymentCreateTime: isoTime(payment.createdAt),
    ...(success && payment.paidAt !== undefined ? { paymentTime: isoTime(payment.paidAt) } : {}),
    ...(payment.paymentMethodType === '' ? {} : { paymentMethodType: payment.paymentMethodType }),
  };
}

export function refundNotification(refund: Refund, results: ResultTables): Record<string, unknown> {
  const success = refund.refundStatus === 'SUCCESS';
  return {
    notifyType: 'REFUND_RESULT',
    result: results.result('refund', success ? 'SUCCESS' : 'PROCESS_FAIL'),
    refundStatus: refund.refundStatus,
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    refundAmount: refund.refundAmount,
    ...(success && refund.finishedAt !== undefined ? { refundTime: isoTime(refund.finishedAt) } : {}),
    ...(refund.metadata === undefined ? {} : { metadata: refund.metadata }),
  };
}

export function captureNotification(capture: Capture, results: ResultTables): Record<string, unknown> {
  return {
    notifyType: 'CAPTURE_RESULT',
    result: results.result('capture', capture.captureStatus === 'SUCCESS' ? 'SUCCESS' : 'PROCESS_FAIL'),
    captureRequestId: capture.captureRequestId,
    paymentId: capture.paymentId,
    captureId: capture.captureId,
    captureAmount: capture.captureAmount,
    captureTime: isoTime(capture.createdAt),
  };
}
