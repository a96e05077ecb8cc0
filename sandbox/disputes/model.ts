// The dispute records the sandbox keeps on a payment. Field names follow notifyDispute (disputeId, disputeAmount,
// disputeReasonCode, ...); times are sandbox epoch milliseconds. The states are the sandbox's reading of
// ../shared/reference/checkout/disputes.json (`stateMachine`); Antom publishes no status field for disputes.
import type { Amount } from '../state/model.ts';

export type DisputeType = 'CHARGEBACK' | 'RETRIEVAL_REQUEST' | 'COMPLIANCE_REQUEST';

/**
 * OPEN: waiting for the merchant (accept or defend) until defenseDueTime.
 * ACCEPTED: the merchant accepted a chargeback (liable).
 * DEFENDED: documents supplied; a chargeback or compliance request waits for the judgement / validation.
 * EXPIRED: the deadline passed while OPEN (inference: a chargeback counts as accepted, reason TIMEOUT).
 * JUDGED_MERCHANT_WINS / JUDGED_MERCHANT_LOSES: the judgement (or, for a compliance request, the validation).
 */
export type DisputeStatus = 'OPEN' | 'ACCEPTED' | 'DEFENDED' | 'EXPIRED' | 'JUDGED_MERCHANT_WINS' | 'JUDGED_MERCHANT_LOSES';

export type DisputeJudgedResult = 'ACCEPT_BY_CUSTOMER' | 'ACCEPT_BY_MERCHANT' | 'VALIDATE_SUCCESS' | 'VALIDATE_FAIL';

export type DisputeNotificationType = 'DISPUTE_CREATED' | 'DEFENSE_DUE_ALERT' | 'DEFENSE_SUPPLIED' | 'DISPUTE_ACCEPTED' | 'DISPUTE_JUDGED';

/** The formats downloadDisputeEvidence can name (`disputeEvidenceFormat`). */
export type EvidenceFormat = 'WORD' | 'PDF' | 'ZIP' | 'JPG';

export interface Evidence {
  /** Base64 text exactly as supplyDefenseDocument received it. */
  base64: string;
  format: EvidenceFormat;
  suppliedAt: number;
}

export interface Dispute {
  disputeId: string;
  paymentId: string;
  disputeType: DisputeType;
  disputeStatus: DisputeStatus;
  disputeAmount: Amount;
  disputeReasonCode: string;
  disputeReasonMsg?: string;
  disputeSource: string;
  createdAt: number;
  defenseDueAt: number;
  /** When the merchant accepted, or when the deadline passed (acceptReason TIMEOUT). */
  acceptedAt?: number;
  acceptReason?: 'MERCHANT_ACCEPTED' | 'TIMEOUT';
  /** Successful supplyDefenseDocument calls so far (compliance requests allow several). */
  submissions: number;
  /** The latest upload. */
  evidence?: Evidence;
  judgedAt?: number;
  /** When the DEFENSE_DUE_ALERT check ran (it alerts only a dispute still OPEN); a restart does not run it again. */
  dueAlertCheckedAt?: number;
  judgedResult?: DisputeJudgedResult;
}
