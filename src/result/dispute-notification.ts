import type { DisputeNotification } from '../notification-event.ts';
import { amountField, isRecord, stringField, timeField, wireBoolean } from './read-result.ts';
import { DUE_ALERT_MESSAGE, SETTLED, acceptedAction, createdAction, dueAlertAction, judgementOf } from './dispute-actions.ts';
import type { DisputeJudgement } from './dispute-actions.ts';

type Amount = { readonly currency: string; readonly value: string };
type Open<Field extends keyof DisputeNotification> = Exclude<DisputeNotification[Field], undefined>; // not NonNullable: it folds (string & {}) into string

/** What every interpreted dispute notification carries. There is no result code: the event is the news. */
interface DisputeNoticeBase {
  /** The event, as sent (an open list: a new value comes back as kind `unknown`). */
  readonly disputeNotificationType: Open<'disputeNotificationType'> | undefined;
  readonly disputeId: string | undefined;
  readonly paymentId: string | undefined;
  readonly paymentRequestId: string | undefined;
  /** CHARGEBACK, RETRIEVAL_REQUEST, COMPLIANCE_REQUEST… as sent. */
  readonly disputeType: Open<'disputeType'> | undefined;
  readonly disputeAmount: Amount | undefined;
  /** What happened, in one sentence. */
  readonly message: string;
  /** What to do next. */
  readonly action: string;
}

/** The deadline of a dispute that still waits for you (DISPUTE_CREATED, DEFENSE_DUE_ALERT). */
interface Deadline {
  /** defenseDueTime as sent (ISO 8601). */
  readonly defenseDueTime: string | undefined;
  /** defenseDueTime parsed: accept or defend before it; undefined when absent or not a date-time with an offset. */
  readonly deadline: Date | undefined;
}

/** DISPUTE_CREATED: a dispute was opened and its funds are frozen; act before the deadline. */
export interface DisputeCreated extends DisputeNoticeBase, Deadline {
  readonly kind: 'dispute-created';
  /** Whether the dispute can be defended ("true"/"false" or a boolean); undefined when not said. */
  readonly defendable: boolean | undefined;
  /** Only a chargeback can be accepted; a retrieval or compliance request is answered with documents. */
  readonly canAccept: boolean;
  readonly disputeReasonCode: string | undefined;
  readonly disputeReasonMsg: string | undefined;
  readonly disputeSource: string | undefined;
}
/** DEFENSE_DUE_ALERT: less than 24 hours before the deadline, and nothing was done yet. */
export interface DisputeDefenseDueAlert extends DisputeNoticeBase, Deadline {
  readonly kind: 'defense-due-alert';
}
/** DEFENSE_SUPPLIED: your documents were submitted; wait for the decision. */
export interface DisputeDefenseSupplied extends DisputeNoticeBase {
  readonly kind: 'defense-supplied';
}
/** DISPUTE_ACCEPTED: the dispute was accepted (by you, at the deadline, or by manual processing). */
export interface DisputeAcceptedNotice extends DisputeNoticeBase {
  readonly kind: 'dispute-accepted';
  readonly disputeAcceptReason: Open<'disputeAcceptReason'> | undefined;
  readonly disputeAcceptTime: string | undefined;
}
/** DISPUTE_JUDGED: decided. `judgement` says who bears the amount (or whether compliance material passed). */
export interface DisputeJudged extends DisputeNoticeBase {
  readonly kind: 'dispute-judged';
  readonly disputeJudgedResult: Open<'disputeJudgedResult'> | undefined;
  /**
   * `merchant-keeps-funds` (ACCEPT_BY_CUSTOMER: the frozen funds are released to you), `merchant-debited`
   * (ACCEPT_BY_MERCHANT: the amount is deducted from your settlement), `validation-passed` / `validation-failed`
   * (a compliance request), or `not-stated` (missing or a value this version does not know).
   */
  readonly judgement: DisputeJudgement;
  readonly disputeJudgedAmount: Amount | undefined;
  readonly disputeJudgedTime: string | undefined;
}
/** DISPUTE_CANCELLED: the buyer withdrew the chargeback. */
export interface DisputeCancelled extends DisputeNoticeBase {
  readonly kind: 'dispute-cancelled';
}
/** RDR_RESOLVED: Visa Rapid Dispute Resolution settled it automatically. */
export interface DisputeRdrResolved extends DisputeNoticeBase {
  readonly kind: 'rdr-resolved';
}
/** A disputeNotificationType this version does not know (Antom adds values): acknowledge it, log it, look it up. */
export interface DisputeNoticeUnknown extends DisputeNoticeBase {
  readonly kind: 'unknown';
}

export type DisputeNotificationOutcome =
  | DisputeCreated
  | DisputeDefenseDueAlert
  | DisputeDefenseSupplied
  | DisputeAcceptedNotice
  | DisputeJudged
  | DisputeCancelled
  | DisputeRdrResolved
  | DisputeNoticeUnknown;

type Base = Omit<DisputeNoticeBase, 'message' | 'action'>;

function deadlineOf(body: unknown): Deadline {
  return { defenseDueTime: stringField(body, 'defenseDueTime'), deadline: timeField(body, 'defenseDueTime') };
}

/**
 * A verified notifyDispute body as a discriminated union on its disputeNotificationType, with what to do next and the
 * deadline parsed. Read defensively: any input gets an answer (a body that is not an object is `unknown`). Never throws.
 */
export function interpretDisputeNotification(body: DisputeNotification): DisputeNotificationOutcome {
  const data: unknown = isRecord(body) ? body : {};
  const type = stringField(data, 'disputeNotificationType');
  const disputeType = stringField(data, 'disputeType');
  const base: Base = {
    disputeNotificationType: type,
    disputeId: stringField(data, 'disputeId'),
    paymentId: stringField(data, 'paymentId'),
    paymentRequestId: stringField(data, 'paymentRequestId'),
    disputeType,
    disputeAmount: amountField(data, 'disputeAmount'),
  };
  switch (type) {
    case 'DISPUTE_CREATED': {
      const deadline = deadlineOf(data);
      const defendable = wireBoolean(isRecord(data) ? data.defendable : undefined);
      const created = createdAction(disputeType, defendable, deadline.defenseDueTime);
      return {
        kind: 'dispute-created',
        ...base,
        ...deadline,
        defendable,
        canAccept: created.canAccept,
        disputeReasonCode: stringField(data, 'disputeReasonCode'),
        disputeReasonMsg: stringField(data, 'disputeReasonMsg'),
        disputeSource: stringField(data, 'disputeSource'),
        message: created.message,
        action: created.action,
      };
    }
    case 'DEFENSE_DUE_ALERT': {
      const deadline = deadlineOf(data);
      const defendable = wireBoolean(isRecord(data) ? data.defendable : undefined);
      return { kind: 'defense-due-alert', ...base, ...deadline, message: DUE_ALERT_MESSAGE, action: dueAlertAction(disputeType, defendable, deadline.defenseDueTime) };
    }
    case 'DEFENSE_SUPPLIED':
      return { kind: 'defense-supplied', ...base, ...(disputeType === 'COMPLIANCE_REQUEST' ? SETTLED.complianceSupplied : SETTLED.defenseSupplied) };
    case 'DISPUTE_ACCEPTED': {
      const disputeAcceptReason = stringField(data, 'disputeAcceptReason');
      return { kind: 'dispute-accepted', ...base, disputeAcceptReason, disputeAcceptTime: stringField(data, 'disputeAcceptTime'), ...acceptedAction(disputeAcceptReason) };
    }
    case 'DISPUTE_JUDGED': {
      const disputeJudgedResult = stringField(data, 'disputeJudgedResult');
      return {
        kind: 'dispute-judged',
        ...base,
        disputeJudgedResult,
        ...judgementOf(disputeJudgedResult),
        disputeJudgedAmount: amountField(data, 'disputeJudgedAmount'),
        disputeJudgedTime: stringField(data, 'disputeJudgedTime'),
      };
    }
    case 'DISPUTE_CANCELLED':
      return { kind: 'dispute-cancelled', ...base, ...SETTLED.cancelled };
    case 'RDR_RESOLVED':
      return { kind: 'rdr-resolved', ...base, ...SETTLED.rdr };
    default:
      return {
        kind: 'unknown',
        ...base,
        message: `A dispute event this version does not know (${type ?? 'no disputeNotificationType'}).`,
        action: 'Acknowledge it, log the body, and check the dispute in Antom Dashboard.',
      };
  }
}
