// POST /v1/payments/capture: captures of a manual-capture card authorisation, in total within the authorised amount.
import { captureNotification } from '../notify/bodies.ts';
import { isoTime } from '../state/clock.ts';
import type { Capture } from '../state/model.ts';
import { CARD_WINDOW_MS, capturableAmount, isManualCapture, sameAmount } from '../state/rules.ts';
import { expireIfDue, paymentNotifyUrlOf } from '../state/transitions.ts';
import { amount, resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

export const capture: OperationHandler = (ctx, call) => {
  const refuse = (code: string): string => resultOnly(ctx.results.result('capture', code));
  const captureRequestId = text(call.body, 'captureRequestId') ?? '';
  const paymentId = text(call.body, 'paymentId') ?? '';
  const captureAmount = amount(call.body, 'captureAmount');
  if (captureAmount === undefined) return refuse('PARAM_ILLEGAL');

  const earlier = ctx.store.capture(call.clientId, captureRequestId);
  if (earlier !== undefined) {
    return earlier.paymentId === paymentId && sameAmount(earlier.captureAmount, captureAmount) ? earlier.answer : refuse('REPEAT_REQ_INCONSISTENT');
  }
  const payment = ctx.store.payment(call.clientId, { paymentId });
  // The capture table's own code for an ID with no authorisation behind it.
  if (payment === undefined) return refuse('AUTH_NOT_FOUND');
  expireIfDue(ctx, payment);
  if (payment.paymentStatus === 'CANCELLED') return refuse('AUTH_CANCELLED');
  if (!isManualCapture(payment) || payment.paymentStatus !== 'SUCCESS') return refuse('AUTH_NOT_FOUND');
  const now = ctx.clock.now();
  if (now > (payment.paidAt ?? payment.createdAt) + CARD_WINDOW_MS) return refuse('AUTH_EXPIRED');
  if (captureAmount.currency !== payment.paymentAmount.currency) return refuse('CURRENCY_NOT_SUPPORT');
  const value = BigInt(captureAmount.value);
  if (value <= 0n || value > capturableAmount(payment)) return refuse('CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT');

  const record: Capture = { captureId: ctx.newId('capture'), captureRequestId, paymentId, captureAmount, captureStatus: 'SUCCESS', createdAt: now, answer: '' };
  record.answer = JSON.stringify({
    result: ctx.results.result('capture', 'SUCCESS'),
    captureRequestId,
    captureId: record.captureId,
    paymentId,
    captureAmount,
    captureTime: isoTime(now),
  });
  ctx.store.addCapture(call.clientId, payment, record);
  // notifyCapture goes to the payment's notification URL; there is no separate capture URL.
  const url = paymentNotifyUrlOf(ctx, payment);
  if (url !== undefined) ctx.notifier.send({ kind: 'notifyCapture', url, payment, body: captureNotification(record, ctx.results), subjectId: record.captureId });
  return record.answer;
};
