import type { webhooks } from '../generated/schema.ts';
import { AntomError } from './errors.ts';

type BodyOf<Name extends keyof webhooks> = NonNullable<webhooks[Name]['post']>['requestBody'] extends infer Body
  ? Body extends { content: { 'application/json': infer Json } }
    ? Json
    : never
  : never;

/** Body of notifyPayment: the payment's final result (PAYMENT_RESULT) or that it is pending (PAYMENT_PENDING). */
export type PaymentNotification = BodyOf<'notifyPayment'>;
/** Body of notifyRefund: a refund's final result. */
export type RefundNotification = BodyOf<'notifyRefund'>;
/** Body of notifyCapture: a capture's final result. */
export type CaptureNotification = BodyOf<'notifyCapture'>;
/** Body of notifyDispute: an event in a dispute's life, told apart by disputeNotificationType (it has no notifyType). */
export type DisputeNotification = BodyOf<'notifyDispute'>;

/**
 * A verified notification, discriminated by what it reports. `unknown` keeps a correctly signed notification of a
 * kind this version does not know (Antom adds notifyType values): acknowledge it, and log it.
 */
export type AntomNotification =
  | { readonly kind: 'payment'; readonly notifyType: string; readonly body: PaymentNotification }
  | { readonly kind: 'refund'; readonly notifyType: 'REFUND_RESULT'; readonly body: RefundNotification }
  | { readonly kind: 'capture'; readonly notifyType: 'CAPTURE_RESULT'; readonly body: CaptureNotification }
  | { readonly kind: 'dispute'; readonly notifyType: undefined; readonly disputeNotificationType: DisputeNotification['disputeNotificationType']; readonly body: DisputeNotification }
  | { readonly kind: 'unknown'; readonly notifyType: string | undefined; readonly body: Readonly<Record<string, unknown>> };

export type AntomNotificationKind = AntomNotification['kind'];

/** notifyType values and the webhook each belongs to (the spec's notifyPayment, notifyRefund and notifyCapture). */
const KIND_BY_NOTIFY_TYPE: Readonly<Record<string, Exclude<AntomNotificationKind, 'unknown' | 'dispute'>>> = {
  PAYMENT_RESULT: 'payment',
  PAYMENT_PENDING: 'payment',
  REFUND_RESULT: 'refund',
  CAPTURE_RESULT: 'capture',
};

/**
 * Sorts a verified notification body by its `notifyType`; a body without one that carries a
 * `disputeNotificationType` is a dispute notification (notifyDispute). The body is not re-validated field by field: it was
 * signed by Antom, and Antom may add fields.
 *
 * @throws AntomError when the body is not a JSON object.
 */
export function classifyNotification(body: unknown): AntomNotification {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AntomError('notification: the signed body is not a JSON object');
  }
  const record = body as Record<string, unknown>;
  const notifyType = typeof record.notifyType === 'string' ? record.notifyType : undefined;
  if (notifyType === undefined && typeof record.disputeNotificationType === 'string') {
    return { kind: 'dispute', notifyType, disputeNotificationType: record.disputeNotificationType, body: record as DisputeNotification };
  }
  const kind = notifyType !== undefined && Object.hasOwn(KIND_BY_NOTIFY_TYPE, notifyType) ? KIND_BY_NOTIFY_TYPE[notifyType] : undefined;
  switch (kind) {
    case 'payment':
      return { kind, notifyType: notifyType!, body: record as PaymentNotification };
    case 'refund':
      return { kind, notifyType: 'REFUND_RESULT', body: record as RefundNotification };
    case 'capture':
      return { kind, notifyType: 'CAPTURE_RESULT', body: record as CaptureNotification };
    default:
      return { kind: 'unknown', notifyType, body: record };
  }
}
