// The dispute rules of ../shared/reference/checkout/disputes.json as pure functions of the records and the sandbox
// time: deadlines, which result code refuses an accept or a defense, which judgement a dispute can take, and what
// disputes do to the refundable balance. Rules marked "inference" are the reference's own inferences.
import type { Payment } from '../state/model.ts';
import type { Dispute, DisputeJudgedResult, DisputeStatus, DisputeType } from './model.ts';

const DAY = 24 * 60 * 60_000;

/** Defense window of chargebacks and compliance requests: a sandbox choice (the reference has no per-scheme deadlines). */
export const DEFAULT_DEFENSE_MS = 7 * DAY;
/** Retrieval requests are answered within 10 calendar days (reference: retrieval_request guide). */
export const RETRIEVAL_REQUEST_MS = 10 * DAY;
/** DEFENSE_DUE_ALERT goes out this long before defenseDueTime when the merchant has not acted. */
export const DUE_ALERT_BEFORE_MS = DAY;
/** Defense submissions of a compliance request: the limit is not published; 3 is the sandbox's choice. */
export const COMPLIANCE_MAX_SUBMISSIONS = 3;

export const DISPUTE_TYPES: ReadonlySet<DisputeType> = new Set(['CHARGEBACK', 'RETRIEVAL_REQUEST', 'COMPLIANCE_REQUEST']);
export const JUDGED_RESULTS: ReadonlySet<DisputeJudgedResult> = new Set(['ACCEPT_BY_CUSTOMER', 'ACCEPT_BY_MERCHANT', 'VALIDATE_SUCCESS', 'VALIDATE_FAIL']);

export function defenseDueOf(type: DisputeType, createdAt: number, defenseMs: number): number {
  return createdAt + (type === 'RETRIEVAL_REQUEST' ? RETRIEVAL_REQUEST_MS : defenseMs);
}

/** Accept and defend work only before defenseDueTime. */
export const deadlinePassed = (dispute: Dispute, now: number): boolean => now >= dispute.defenseDueAt;

/**
 * The code acceptDispute answers instead of SUCCESS, or undefined when the accept goes through. Only chargebacks can
 * be accepted; the reference names no code for accepting another type, so the gateway-wide PROCESS_FAIL (inference).
 * An accept after an accept or a defense is REPEAT_REQUEST (inference from the code's meaning).
 */
export function acceptRefusal(dispute: Dispute, now: number): string | undefined {
  if (dispute.disputeType !== 'CHARGEBACK') return 'PROCESS_FAIL';
  if (dispute.disputeStatus === 'EXPIRED' || (dispute.disputeStatus === 'OPEN' && deadlinePassed(dispute, now))) return 'TIME_EXCEEDS_LIMIT';
  return dispute.disputeStatus === 'OPEN' ? undefined : 'REPEAT_REQUEST';
}

/**
 * The code supplyDefenseDocument answers instead of SUCCESS, or undefined. Chargebacks and retrieval requests take
 * one submission (REPEAT_REQUEST after it, inference); compliance requests take several, but not while the last
 * one is being validated (NOT_ALLOW_IN_CURRENT_STATUS) and not beyond the limit (DEFENSE_EXCEED_LIMIT).
 */
export function supplyRefusal(dispute: Dispute, now: number): string | undefined {
  const compliance = dispute.disputeType === 'COMPLIANCE_REQUEST';
  if (dispute.disputeStatus === 'EXPIRED') return 'TIME_EXCEEDS_LIMIT';
  if (dispute.disputeStatus === 'OPEN') {
    if (deadlinePassed(dispute, now)) return 'TIME_EXCEEDS_LIMIT';
    return compliance && dispute.submissions >= COMPLIANCE_MAX_SUBMISSIONS ? 'DEFENSE_EXCEED_LIMIT' : undefined;
  }
  return compliance && dispute.disputeStatus === 'DEFENDED' ? 'NOT_ALLOW_IN_CURRENT_STATUS' : 'REPEAT_REQUEST';
}

/**
 * Why `result` cannot judge the dispute now, or undefined. Only a defended dispute is judged: a chargeback with
 * ACCEPT_BY_CUSTOMER / ACCEPT_BY_MERCHANT, a compliance request with VALIDATE_SUCCESS / VALIDATE_FAIL; a retrieval
 * request has no judgement.
 */
export function judgeRefusal(dispute: Dispute, result: DisputeJudgedResult): string | undefined {
  if (dispute.disputeType === 'RETRIEVAL_REQUEST') return `dispute ${dispute.disputeId} is a retrieval request: it is never judged`;
  if (dispute.disputeStatus !== 'DEFENDED') return `dispute ${dispute.disputeId} is ${dispute.disputeStatus}: only a DEFENDED dispute can be judged`;
  const validation = result === 'VALIDATE_SUCCESS' || result === 'VALIDATE_FAIL';
  if (validation !== (dispute.disputeType === 'COMPLIANCE_REQUEST')) {
    return dispute.disputeType === 'CHARGEBACK'
      ? 'a chargeback is judged ACCEPT_BY_CUSTOMER or ACCEPT_BY_MERCHANT'
      : 'a compliance request is judged VALIDATE_SUCCESS or VALIDATE_FAIL';
  }
  return undefined;
}

/** Status after a judgement; a failed validation reopens a compliance request for another submission (inference). */
export const STATUS_AFTER_JUDGEMENT: Readonly<Record<DisputeJudgedResult, DisputeStatus>> = {
  ACCEPT_BY_CUSTOMER: 'JUDGED_MERCHANT_WINS',
  ACCEPT_BY_MERCHANT: 'JUDGED_MERCHANT_LOSES',
  VALIDATE_SUCCESS: 'JUDGED_MERCHANT_WINS',
  VALIDATE_FAIL: 'OPEN',
};

/** A chargeback that is open or defended freezes the payment's funds: refunds answer ORDER_STATUS_INVALID. */
export function inChargeback(payment: Payment): boolean {
  return (payment.disputes ?? []).some((dispute) => dispute.disputeType === 'CHARGEBACK' && (dispute.disputeStatus === 'OPEN' || dispute.disputeStatus === 'DEFENDED'));
}

const MERCHANT_LOST: ReadonlySet<DisputeStatus> = new Set(['ACCEPTED', 'EXPIRED', 'JUDGED_MERCHANT_LOSES']);

/**
 * What chargebacks gave back to the buyer (accepted, timed out or lost): it can no longer be refunded
 * (inference from ACCEPT_BY_MERCHANT "deducted to refund the buyer"). Retrieval and compliance requests move no money.
 */
export function lostToChargebacks(payment: Payment): bigint {
  return (payment.disputes ?? [])
    .filter((dispute) => dispute.disputeType === 'CHARGEBACK' && MERCHANT_LOST.has(dispute.disputeStatus))
    .reduce((total, dispute) => total + BigInt(dispute.disputeAmount.value), 0n);
}
