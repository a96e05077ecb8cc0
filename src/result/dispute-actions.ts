// What a merchant should do after each dispute event: the sentences behind interpretDisputeNotification. Values
// (disputeType, disputeAcceptReason, disputeJudgedResult) are the API's; the words are this toolkit's.

export type DisputeJudgement = 'merchant-keeps-funds' | 'merchant-debited' | 'validation-passed' | 'validation-failed' | 'not-stated';

interface Said {
  readonly message: string;
  readonly action: string;
}

const by = (deadline: string | undefined): string => (deadline === undefined ? 'before the deadline (check it in Antom Dashboard: the notification has none)' : `before ${deadline}`);
const DEFEND =
  'defend it (download the pre-filled template with downloadDisputeEvidence, DISPUTE_EVIDENCE_TEMPLATE, complete it and upload it with supplyDefenseDocument)';

/** DISPUTE_CREATED, by dispute type. */
export function createdAction(disputeType: string | undefined, defendable: boolean | undefined, deadline: string | undefined): Said & { readonly canAccept: boolean } {
  const after = 'After the deadline neither accepting nor defending is possible.';
  switch (disputeType) {
    case 'RETRIEVAL_REQUEST':
      return {
        canAccept: false,
        message: 'A retrieval request was opened: the issuer asks for documents about the payment, and the disputed funds are frozen.',
        action: `Upload the requested documents (in English) with supplyDefenseDocument ${by(deadline)}, starting from the template of downloadDisputeEvidence. A retrieval request cannot be accepted; one left unanswered may be decided against you.`,
      };
    case 'COMPLIANCE_REQUEST':
      return {
        canAccept: false,
        message: 'A compliance request was opened for a payment with an Indian payment method, and the disputed funds are frozen.',
        action: `Upload the requested material with supplyDefenseDocument ${by(deadline)}. After a failed validation you may upload again, up to a limit; wait for each validation result first.`,
      };
    default: {
      const chargeback = disputeType === undefined || disputeType === 'CHARGEBACK';
      const what = chargeback ? 'A chargeback was opened' : `A dispute (${disputeType}) was opened`;
      const choice = defendable === false ? 'Antom marks it as not defendable: accept it with acceptDispute' : `Either ${DEFEND}, or accept it with acceptDispute`;
      return { canAccept: true, message: `${what} and the disputed funds are frozen.`, action: `${choice} ${by(deadline)}. ${after}` };
    }
  }
}

export const DUE_ALERT_MESSAGE = 'The defense deadline is less than 24 hours away and nothing has been submitted.';

/** DEFENSE_DUE_ALERT, by dispute type: a retrieval or compliance request is answered with documents, never accepted. */
export function dueAlertAction(disputeType: string | undefined, defendable: boolean | undefined, deadline: string | undefined): string {
  if (disputeType === 'RETRIEVAL_REQUEST' || disputeType === 'COMPLIANCE_REQUEST') {
    const what = disputeType === 'RETRIEVAL_REQUEST' ? 'the requested documents (in English)' : 'the requested material';
    return `Act now, ${by(deadline)}: upload ${what} with supplyDefenseDocument. It cannot be accepted, and past the deadline nothing can be uploaded.`;
  }
  const choice = defendable === false ? 'Antom marks it as not defendable: accept it with acceptDispute' : `${DEFEND}, or accept it with acceptDispute`;
  return `Act now, ${by(deadline)}: ${choice}. Past the deadline neither is possible, and an unanswered chargeback is then accepted on your behalf (disputeAcceptReason TIMEOUT).`;
}

export const SETTLED = {
  defenseSupplied: {
    message: 'Your defense documents were submitted.',
    action: 'Nothing to do now: the funds stay frozen until the decision (DISPUTE_JUDGED). The document can no longer be changed.',
  },
  complianceSupplied: {
    message: 'Your compliance material was submitted.',
    action: 'Wait for the validation result (DISPUTE_JUDGED with VALIDATE_SUCCESS or VALIDATE_FAIL) before uploading anything again.',
  },
  cancelled: {
    message: 'The buyer withdrew the chargeback.',
    action: 'Nothing is deducted and the frozen funds are released to you; nothing to do.',
  },
  rdr: {
    message: 'Visa Rapid Dispute Resolution settled the dispute automatically, before it became a chargeback.',
    action: 'The API offers no action on it: reconcile it with your settlement report, and do not refund the buyer again for it.',
  },
} as const satisfies Record<string, Said>;

const LOSS = 'Record the loss, and do not refund the buyer again for this amount.';

/** DISPUTE_ACCEPTED, by disputeAcceptReason. */
export function acceptedAction(reason: string | undefined): Said {
  switch (reason) {
    case 'MERCHANT_ACCEPTED':
      return { message: 'You accepted the dispute: the disputed amount goes back to the buyer.', action: `${LOSS} Nothing more to do.` };
    case 'TIMEOUT':
      return { message: 'The defense deadline passed without an answer, so the dispute counts as accepted: the disputed amount goes back to the buyer.', action: `${LOSS} Answer disputes before defenseDueTime to keep the choice.` };
    case 'MANUAL_PROCESSING_ACCEPTED':
      return { message: 'The dispute was accepted through manual processing: the disputed amount goes back to the buyer.', action: `${LOSS} Ask Antom Technical Support if you did not expect it.` };
    default:
      return { message: 'The dispute was accepted: the disputed amount goes back to the buyer.', action: `${LOSS} Check the dispute in Antom Dashboard for how it was accepted.` };
  }
}

const JUDGEMENTS: Readonly<Record<string, Said & { readonly judgement: DisputeJudgement }>> = {
  ACCEPT_BY_CUSTOMER: {
    judgement: 'merchant-keeps-funds',
    message: 'Decided in your favour: the buyer is liable and the frozen funds are released to you.',
    action: 'Nothing to do: you keep the funds.',
  },
  ACCEPT_BY_MERCHANT: {
    judgement: 'merchant-debited',
    message: 'Decided against you: the disputed amount (disputeJudgedAmount) is deducted from your settlement to refund the buyer.',
    action: LOSS,
  },
  VALIDATE_SUCCESS: { judgement: 'validation-passed', message: 'Your compliance material passed validation.', action: 'Nothing to do.' },
  VALIDATE_FAIL: {
    judgement: 'validation-failed',
    message: 'Your compliance material failed validation.',
    action: 'Upload corrected material with supplyDefenseDocument before the deadline (a limited number of uploads is allowed).',
  },
};

/** DISPUTE_JUDGED, by disputeJudgedResult; a missing or new value is `not-stated`. */
export function judgementOf(result: string | undefined): Said & { readonly judgement: DisputeJudgement } {
  if (result !== undefined && Object.hasOwn(JUDGEMENTS, result)) return JUDGEMENTS[result]!;
  return {
    judgement: 'not-stated',
    message: `The dispute was decided${result === undefined ? '' : ` (${result})`}, but this version cannot tell in whose favour.`,
    action: 'Check the outcome and any deduction (disputeJudgedAmount) in Antom Dashboard.',
  };
}
