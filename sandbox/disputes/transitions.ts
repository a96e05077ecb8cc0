// State changes of disputes and the notifyDispute each one sends to the Dashboard notification URL (--notify-url).
// The machine (../shared/reference/checkout/disputes.json `stateMachine`; "inference" marks the reference's own):
//   (control API) -> OPEN                       DISPUTE_CREATED; a chargeback freezes the payment's refunds
//   OPEN, 24 h before defenseDueTime            DEFENSE_DUE_ALERT (state unchanged)
//   OPEN --acceptDispute--> ACCEPTED            DISPUTE_ACCEPTED, reason MERCHANT_ACCEPTED (inference)
//   OPEN --supplyDefenseDocument--> DEFENDED    DEFENSE_SUPPLIED (retrieval/compliance requests: inference)
//   OPEN at defenseDueTime --> EXPIRED          chargebacks: DISPUTE_ACCEPTED, reason TIMEOUT (inference); others: none
//   DEFENDED --judge--> JUDGED_MERCHANT_WINS / JUDGED_MERCHANT_LOSES   DISPUTE_JUDGED
//   DEFENDED compliance request --VALIDATE_FAIL--> OPEN (may supply again up to the limit; inference)
import type { SandboxContext } from '../state/context.ts';
import type { Amount, Payment } from '../state/model.ts';
import { disputeNotification } from './bodies.ts';
import type { Dispute, DisputeJudgedResult, DisputeNotificationType, DisputeType, EvidenceFormat } from './model.ts';
import { DUE_ALERT_BEFORE_MS, STATUS_AFTER_JUDGEMENT, deadlinePassed, defenseDueOf } from './rules.ts';

export interface DisputeRef {
  dispute: Dispute;
  payment: Payment;
}

/** Sample reasons when the control API names none (retrieval-request texts from the reference; the others are the sandbox's). */
const DEFAULT_REASONS: Readonly<Record<DisputeType, { code: string; msg?: string }>> = {
  CHARGEBACK: { code: '10.4', msg: 'Other Fraud - Card-Absent Environment' },
  RETRIEVAL_REQUEST: { code: '01', msg: 'Transaction Documentation Request' },
  COMPLIANCE_REQUEST: { code: 'COMPLIANCE_REVIEW' },
};

/** Sends notifyDispute; `at` dates a change a scheduled job made (the alert, the deadline) at its own sandbox time. */
function notify(ctx: SandboxContext, { dispute, payment }: DisputeRef, type: DisputeNotificationType, at?: number): void {
  ctx.notifier.send({ kind: 'dispute', url: ctx.settings.notifyUrl, payment, body: disputeNotification(dispute, payment, type), subjectId: dispute.disputeId }, at);
}

/**
 * The client's dispute with this ID. A scan of the payments rather than a second index: disputes are opened by hand
 * through the control API, and no index means nothing extra to forget on reset or eviction.
 */
export function findDispute(ctx: SandboxContext, clientId: string | undefined, disputeId: string): DisputeRef | undefined {
  const payment = ctx.store.find((candidate) => candidate.disputes?.some((dispute) => dispute.disputeId === disputeId) === true);
  const dispute = payment?.disputes?.find((candidate) => candidate.disputeId === disputeId);
  if (payment === undefined || dispute === undefined) return undefined;
  return clientId === undefined || clientId === payment.clientId ? { dispute, payment } : undefined;
}

/** A dispute still OPEN at defenseDueTime expires; true when it did. */
export function expireDisputeIfDue(ctx: SandboxContext, ref: DisputeRef): boolean {
  const { dispute } = ref;
  if (dispute.disputeStatus !== 'OPEN' || !deadlinePassed(dispute, ctx.clock.now())) return false;
  dispute.disputeStatus = 'EXPIRED';
  if (dispute.disputeType === 'CHARGEBACK') {
    dispute.acceptReason = 'TIMEOUT';
    dispute.acceptedAt = dispute.defenseDueAt;
    notify(ctx, ref, 'DISPUTE_ACCEPTED', dispute.defenseDueAt);
  }
  return true;
}

export interface OpenRequest {
  disputeType: DisputeType;
  disputeAmount: Amount;
  disputeReasonCode?: string;
}

/** Opens a dispute on a paid payment, sends DISPUTE_CREATED and schedules the alert and the deadline. */
export function openDispute(ctx: SandboxContext, payment: Payment, request: OpenRequest): Dispute {
  const now = ctx.clock.now();
  const fallback = DEFAULT_REASONS[request.disputeType];
  const code = request.disputeReasonCode ?? fallback.code;
  const msg = code === fallback.code ? fallback.msg : undefined;
  const dispute: Dispute = {
    disputeId: ctx.newId('dispute'),
    paymentId: payment.paymentId,
    disputeType: request.disputeType,
    disputeStatus: 'OPEN',
    disputeAmount: request.disputeAmount,
    disputeReasonCode: code,
    ...(msg === undefined ? {} : { disputeReasonMsg: msg }),
    disputeSource: payment.paymentMethodType === 'CARD' ? 'VISA' : payment.paymentMethodType,
    createdAt: now,
    defenseDueAt: defenseDueOf(request.disputeType, now, ctx.settings.disputeDefenseMs),
    submissions: 0,
  };
  (payment.disputes ??= []).push(dispute);
  const ref = { dispute, payment };
  notify(ctx, ref, 'DISPUTE_CREATED');
  scheduleDisputeJobs(ctx, ref);
  return dispute;
}

/**
 * DEFENSE_DUE_ALERT 24 h before defenseDueTime (once) and the deadline; also for a dispute read back from the state
 * file, where a check that already ran is not run again and a closed dispute needs no deadline.
 */
export function scheduleDisputeJobs(ctx: SandboxContext, ref: DisputeRef): void {
  const { dispute, payment } = ref;
  if (dispute.dueAlertCheckedAt === undefined) {
    ctx.scheduler.at(Math.max(dispute.createdAt, dispute.defenseDueAt - DUE_ALERT_BEFORE_MS), (dueAt) => {
      dispute.dueAlertCheckedAt = dueAt;
      if (dispute.disputeStatus === 'OPEN' && !deadlinePassed(dispute, dueAt)) notify(ctx, ref, 'DEFENSE_DUE_ALERT', dueAt);
    }, payment);
  }
  // A defended compliance request can reopen (VALIDATE_FAIL), so DEFENDED keeps its deadline too.
  if (dispute.disputeStatus === 'OPEN' || dispute.disputeStatus === 'DEFENDED') ctx.scheduler.at(dispute.defenseDueAt, () => void expireDisputeIfDue(ctx, ref), payment);
}

/** acceptDispute once the rules allowed it. */
export function acceptDispute(ctx: SandboxContext, ref: DisputeRef): void {
  ref.dispute.disputeStatus = 'ACCEPTED';
  ref.dispute.acceptReason = 'MERCHANT_ACCEPTED';
  ref.dispute.acceptedAt = ctx.clock.now();
  notify(ctx, ref, 'DISPUTE_ACCEPTED');
}

/** supplyDefenseDocument once the rules allowed it: the upload replaces any earlier one. */
export function supplyDefense(ctx: SandboxContext, ref: DisputeRef, base64: string, format: EvidenceFormat): void {
  ref.dispute.disputeStatus = 'DEFENDED';
  ref.dispute.submissions += 1;
  ref.dispute.evidence = { base64, format, suppliedAt: ctx.clock.now() };
  notify(ctx, ref, 'DEFENSE_SUPPLIED');
}

/** The judgement (control API) once judgeRefusal allowed it. */
export function judgeDispute(ctx: SandboxContext, ref: DisputeRef, result: DisputeJudgedResult): void {
  ref.dispute.disputeStatus = STATUS_AFTER_JUDGEMENT[result];
  ref.dispute.judgedResult = result;
  ref.dispute.judgedAt = ctx.clock.now();
  notify(ctx, ref, 'DISPUTE_JUDGED');
  // A failed validation reopens the request; past its deadline it expires at once.
  expireDisputeIfDue(ctx, ref);
}
