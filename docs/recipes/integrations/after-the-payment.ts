// After the payment: results arrive at your notify URL (inquiryPayment answers when one is late: paymentState in the
// Checkout Page sample); refund (in parts, up to the amount paid), cancel, or capture an authorised card payment.
import { interpretCancelResult, interpretCaptureResult, interpretInquiryRefund, interpretRefundResult } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';
import type { CancelOutcome, CaptureOutcome, InquiryRefundOutcome, RefundOutcome } from 'antom-pay';

type Money = { currency: string; value: string };
/** Your records: keep each result once, keyed by its request id (Antom re-sends until acknowledged). */
export type SaveResult = (requestId: string, state: string) => Promise<void>;

/** What your notify endpoint does with a verified notification (the endpoint itself: docs/webhooks.md). */
export async function onNotification(notice: AntomNotification, save: SaveResult): Promise<void> {
  if (notice.kind === 'payment') {
    const paid = notice.body.result.resultStatus === 'S';
    await save(notice.body.paymentRequestId, notice.notifyType === 'PAYMENT_PENDING' ? 'pending' : paid ? 'paid' : 'failed');
  } else if (notice.kind === 'refund') {
    await save(notice.body.refundRequestId, notice.body.result.resultStatus === 'S' ? 'refunded' : 'refund failed');
  } else if (notice.kind === 'capture') {
    await save(notice.body.captureRequestId, notice.body.result.resultStatus === 'S' ? 'captured' : 'capture failed');
  }
}

/** refundRequestId is the idempotency key: after a timeout, send the same refund again. */
export async function refund(
  client: AntomClient,
  paymentId: string,
  refundRequestId: string,
  amount: Money,
  site: string,
): Promise<RefundOutcome> {
  const notifyUrl = `${site}/antom/notify`;
  const { data } = await client.refund({ paymentId, refundRequestId, refundAmount: amount, refundNotifyUrl: notifyUrl });
  return interpretRefundResult(data); // kind: 'done', 'in-process' (notifyRefund follows), 'failed', 'retry-same-id'
}

export async function refundState(client: AntomClient, refundRequestId: string): Promise<InquiryRefundOutcome> {
  const { data } = await client.inquiryRefund({ refundRequestId });
  return interpretInquiryRefund(data); // kind: 'refunded', 'refund-processing', 'refund-failed', …
}

/** Closes an unpaid payment (a paid one is refunded in full) within the method's cancellation window. */
export async function cancel(client: AntomClient, paymentRequestId: string): Promise<CancelOutcome> {
  return interpretCancelResult((await client.cancel({ paymentRequestId })).data);
}

/** Card payments created with paymentFactor.captureMode 'MANUAL': take the money, in parts up to the authorisation. */
export async function capture(
  client: AntomClient,
  paymentId: string,
  captureRequestId: string,
  amount: Money,
): Promise<CaptureOutcome> {
  const { data } = await client.capture({ paymentId, captureRequestId, captureAmount: amount });
  return interpretCaptureResult(data);
}
