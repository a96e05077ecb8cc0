// The records the sandbox keeps. Field names follow the API (paymentId, refundRequestId, ...), so the control API
// can show them as they are; times are sandbox epoch milliseconds.
import type { NotificationView } from '../control/types.ts';
import type { Dispute } from '../disputes/model.ts';

export interface Amount {
  currency: string;
  value: string;
}

export type PaymentStatus = 'PROCESSING' | 'PENDING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL';
export type { NotificationKindView as NotificationKind } from '../control/types.ts';

/** One delivery attempt of a notification: recorded as the control API shows it. */
export type NotificationRecord = NotificationView;

/**
 * A notification not yet acknowledged whose next delivery is still to come: kept on its payment, so the state file
 * holds it and deliveries resume after a restart (an attempt cut off by a stop is made again: at least once).
 */
export interface PendingDelivery {
  kind: NotificationRecord['kind'];
  url?: string;
  /** The body as sent: every attempt sends the same bytes. */
  text: string;
  /** Number of the next attempt, 1 to 8. */
  attempt: number;
  /** Sandbox time the next attempt is due. */
  dueAt: number;
  subjectId?: string;
}

export interface Refund {
  refundId: string;
  refundRequestId: string;
  paymentId: string;
  refundAmount: Amount;
  refundStatus: RefundStatus;
  refundNotifyUrl?: string;
  refundReason?: string;
  metadata?: string;
  createdAt: number;
  finishedAt?: number;
  /** The exact answer of the first accepted request, replayed for repeats with the same refundRequestId. */
  answer: string;
}

export interface Capture {
  captureId: string;
  captureRequestId: string;
  paymentId: string;
  captureAmount: Amount;
  captureStatus: 'SUCCESS' | 'FAIL';
  createdAt: number;
  answer: string;
}

/** Integration a createPaymentSession request selects (`productScene`). */
export type ProductScene = 'CHECKOUT_PAYMENT' | 'ELEMENT_PAYMENT' | 'EASY_PAY';

/** The session behind a payment opened by createPaymentSession (absent for payments opened by pay). */
export interface PaymentSession {
  productScene: ProductScene;
  productCode: string;
  paymentSessionId: string;
  /** What a repeat of the request must match (productCode, productScene, amount, method), as one string. */
  requestKey: string;
  /** Sandbox epoch milliseconds; the payment closes then if still unpaid. */
  paymentSessionExpiryTime: number;
  /** Region filter and sort key of the method list on the Checkout Page (same meaning as in consult). */
  allowedPaymentMethodRegions?: string[];
  userRegion?: string;
  /** goodsName of each order.goods entry, shown on the Checkout Page. */
  goodsNames: string[];
}

export interface Payment {
  clientId: string;
  paymentId: string;
  paymentRequestId: string;
  paymentAmount: Amount;
  paymentStatus: PaymentStatus;
  /** Code behind the status (failure reason, ORDER_IS_CLOSED after expiry, ...). */
  paymentResultCode: string;
  /** Empty while a Checkout Page or Payment Element session has no method yet. */
  paymentMethodType: string;
  captureMode: 'AUTOMATIC' | 'MANUAL';
  orderDescription?: string;
  referenceOrderId?: string;
  paymentRedirectUrl: string;
  paymentNotifyUrl?: string;
  createdAt: number;
  expiresAt: number;
  paidAt?: number;
  cancelledAt?: number;
  /** Exact PAYMENT_IN_PROCESS answer of the first request, replayed while the payment is open. */
  answer: string;
  refunds: Refund[];
  captures: Capture[];
  notifications: NotificationRecord[];
  session?: PaymentSession;
  /** Disputes opened on the payment (control API), oldest first. */
  disputes?: Dispute[];
  /** Notifications with a delivery still to come (absent when none). */
  outbox?: PendingDelivery[];
  /** The latest notification sent (what resend delivers again), kept so a restart from the state file keeps it too. */
  latestNotification?: Omit<PendingDelivery, 'attempt' | 'dueAt'>;
}
