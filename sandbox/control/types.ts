// What the control API under /__sandbox answers, as types: the server's views (control/view.ts) are checked
// against them, and the control client (client/control-client.ts) returns them. No imports, so the published
// declarations stand alone.

export interface AmountView {
  currency: string;
  /** Minor units, as a string. */
  value: string;
}

export type PaymentStatusView = 'PROCESSING' | 'PENDING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';
export type NotificationKindView = 'notifyPayment' | 'notifyRefund' | 'notifyCapture' | 'dispute';
/** The sandbox's own names for the states of a dispute (Antom publishes no status field). */
export type DisputeStatusView = 'OPEN' | 'ACCEPTED' | 'DEFENDED' | 'EXPIRED' | 'JUDGED_MERCHANT_WINS' | 'JUDGED_MERCHANT_LOSES';
export type DisputeTypeView = 'CHARGEBACK' | 'RETRIEVAL_REQUEST' | 'COMPLIANCE_REQUEST';
export type DisputeJudgedResultView = 'ACCEPT_BY_CUSTOMER' | 'ACCEPT_BY_MERCHANT' | 'VALIDATE_SUCCESS' | 'VALIDATE_FAIL';
/** How the buyer finishes a payment on the cashier page. */
export type PaymentOutcome = 'SUCCESS' | 'FAIL' | 'PENDING';

/** One delivery attempt of a notification, as recorded. */
export interface NotificationView {
  kind: NotificationKindView;
  /** The URL the notification names (paymentNotifyUrl, ...); absent when there was none. */
  url?: string;
  /** Where it was really posted, when the sandbox runs with --forward-to. */
  forwardedTo?: string;
  /** ISO 8601 sandbox time the delivery was due. */
  at: string;
  /** 1 for the first delivery, then each retry or resend. */
  attempt: number;
  /** True for a delivery asked for with resend. */
  resent?: boolean;
  /** HTTP status of the merchant's answer; null when none came. */
  httpStatus: number | null;
  acknowledged: boolean;
  problem?: string;
  /** refundId / captureId / disputeId the notification is about, when it is not the payment itself. */
  subjectId?: string;
}

export interface RefundView {
  refundId: string;
  refundRequestId: string;
  refundStatus: 'PROCESSING' | 'SUCCESS' | 'FAIL';
  refundAmount: AmountView;
}

export interface CaptureView {
  captureId: string;
  captureRequestId: string;
  captureStatus: 'SUCCESS' | 'FAIL';
  captureAmount: AmountView;
}

export interface PaymentView {
  paymentId: string;
  paymentRequestId: string;
  paymentStatus: PaymentStatusView;
  paymentAmount: AmountView;
  paymentResultCode: string;
  clientId: string;
  /** Empty while a Checkout Page or Payment Element session has no method yet. */
  paymentMethodType: string;
  captureMode: 'AUTOMATIC' | 'MANUAL';
  /** Payments opened by createPaymentSession only. */
  productScene?: 'CHECKOUT_PAYMENT' | 'ELEMENT_PAYMENT' | 'EASY_PAY';
  paymentSessionId?: string;
  paymentSessionExpiryTime?: string;
  paymentRedirectUrl: string;
  paymentNotifyUrl?: string;
  createdAt: string;
  expiresAt: string;
  refunds: RefundView[];
  captures: CaptureView[];
  notifications: NotificationView[];
  disputes: Array<{ disputeId: string; disputeStatus: DisputeStatusView }>;
}

export interface ClockView {
  /** Sandbox time now, ISO 8601. */
  now: string;
  /** How far sandbox time is ahead of the wall clock. */
  offsetMs: number;
}

export interface OpenedDisputeView {
  disputeId: string;
  defenseDueTime: string;
}

export interface JudgedDisputeView {
  disputeId: string;
  disputeStatus: DisputeStatusView;
}

export interface OpenDisputeRequest {
  /** Default: the whole paid amount. */
  disputeAmount?: AmountView;
  disputeReasonCode?: string;
  /** Default CHARGEBACK. */
  disputeType?: DisputeTypeView;
}

/** Notification deliveries waiting for a slot and under way (they run in the background). */
export interface DeliveriesView {
  queued: number;
  inFlight: number;
}

/** What settle answers: whether every delivery (of the payment, when one was named) ended before the timeout. */
export interface SettledView extends DeliveriesView {
  settled: boolean;
}

/** The body of every control answer that is not 2xx. */
export interface ControlErrorBody {
  error: string;
  message: string;
}
