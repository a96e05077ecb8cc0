// notifyDispute bodies, built from the stored dispute and its payment. Which fields each disputeNotificationType
// carries follows ../shared/reference/checkout/notifyDispute.json: defenseDueTime on DISPUTE_CREATED and
// DEFENSE_DUE_ALERT; disputeReasonCode and disputeSource on DISPUTE_CREATED and DISPUTE_JUDGED; the judgement
// fields on DISPUTE_JUDGED. Times in ISO 8601.
import { isoTime } from '../state/clock.ts';
import type { Payment } from '../state/model.ts';
import type { Dispute, DisputeNotificationType } from './model.ts';

function reason(dispute: Dispute): Record<string, unknown> {
  return {
    disputeReasonCode: dispute.disputeReasonCode,
    ...(dispute.disputeReasonMsg === undefined ? {} : { disputeReasonMsg: dispute.disputeReasonMsg }),
    disputeSource: dispute.disputeSource,
  };
}

function judgement(dispute: Dispute): Record<string, unknown> {
  const result = dispute.judgedResult;
  // disputeJudgedAmount is what the judgement deducted: all of the disputed amount when the merchant is liable,
  // nothing when the buyer is; a compliance request's validation moves no money and carries none.
  const deducted = result === 'ACCEPT_BY_MERCHANT' ? dispute.disputeAmount.value : '0';
  return {
    ...reason(dispute),
    disputeJudgedResult: result,
    ...(dispute.judgedAt === undefined ? {} : { disputeJudgedTime: isoTime(dispute.judgedAt) }),
    ...(result === 'ACCEPT_BY_MERCHANT' || result === 'ACCEPT_BY_CUSTOMER' ? { disputeJudgedAmount: { currency: dispute.disputeAmount.currency, value: deducted } } : {}),
  };
}

export function disputeNotification(dispute: Dispute, payment: Payment, type: DisputeNotificationType): Record<string, unknown> {
  const due = { defenseDueTime: isoTime(dispute.defenseDueAt) };
  const extra: Record<DisputeNotificationType, () => Record<string, unknown>> = {
    DISPUTE_CREATED: () => ({ ...reason(dispute), ...due }),
    DEFENSE_DUE_ALERT: () => due,
    DEFENSE_SUPPLIED: () => ({}),
    DISPUTE_ACCEPTED: () => ({
      ...(dispute.acceptReason === undefined ? {} : { disputeAcceptReason: dispute.acceptReason }),
      ...(dispute.acceptedAt === undefined ? {} : { disputeAcceptTime: isoTime(dispute.acceptedAt) }),
    }),
    DISPUTE_JUDGED: () => judgement(dispute),
  };
  return {
    disputeNotificationType: type,
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    disputeId: dispute.disputeId,
    disputeTime: isoTime(dispute.createdAt),
    disputeAmount: dispute.disputeAmount,
    disputeType: dispute.disputeType,
    ...extra[type](),
  };
}
