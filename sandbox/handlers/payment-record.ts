// The record of a payment a request opens (pay, createPaymentSession): PROCESSING, with the request's order text,
// notification URL and capture mode.
import type { Payment } from '../state/model.ts';
import { text } from './common.ts';
import type { OperationCall } from './common.ts';

type Given = Pick<Payment, 'paymentId' | 'paymentRequestId' | 'paymentAmount' | 'paymentMethodType' | 'paymentRedirectUrl' | 'createdAt' | 'expiresAt' | 'answer' | 'session'>;

export function openedPayment(call: OperationCall, given: Given): Payment {
  const notifyUrl = text(call.body, 'paymentNotifyUrl');
  const orderDescription = text(call.body, 'order.orderDescription');
  const referenceOrderId = text(call.body, 'order.referenceOrderId');
  return {
    ...given,
    clientId: call.clientId,
    paymentStatus: 'PROCESSING',
    paymentResultCode: 'PAYMENT_IN_PROCESS',
    captureMode: text(call.body, 'paymentFactor.captureMode') === 'MANUAL' ? 'MANUAL' : 'AUTOMATIC',
    ...(orderDescription === undefined ? {} : { orderDescription }),
    ...(referenceOrderId === undefined ? {} : { referenceOrderId }),
    ...(notifyUrl === undefined ? {} : { paymentNotifyUrl: notifyUrl }),
    refunds: [],
    captures: [],
    notifications: [],
  };
}
