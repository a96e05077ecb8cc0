// `antom-pay-sandbox dispute <paymentId> [--type …] [--amount …] [--reason …]`, and `judge <disputeId> <result>`.
import type { DisputeJudgedResultView, DisputeTypeView, OpenDisputeRequest } from '../control/types.ts';
import type { Command } from './command.ts';
import { UsageError, report } from './command.ts';

const TYPES: readonly DisputeTypeView[] = ['CHARGEBACK', 'RETRIEVAL_REQUEST', 'COMPLIANCE_REQUEST'];
const RESULTS: readonly DisputeJudgedResultView[] = ['ACCEPT_BY_CUSTOMER', 'ACCEPT_BY_MERCHANT', 'VALIDATE_SUCCESS', 'VALIDATE_FAIL'];

export const dispute: Command = {
  name: 'dispute',
  synopsis: '<paymentId>',
  summary: "open a dispute on a paid payment, as the buyer's bank would (notifyDispute DISPUTE_CREATED)",
  details: ['Default: a CHARGEBACK of the whole paid amount. The notification goes to the sandbox\'s --notify-url.'],
  minArgs: 1,
  maxArgs: 1,
  options: { type: 'CHARGEBACK, RETRIEVAL_REQUEST or COMPLIANCE_REQUEST', amount: 'disputed amount in minor units (default: all of it)', reason: 'disputeReasonCode, e.g. 13.1' },
  async run(input) {
    const [paymentId = ''] = input.args;
    const { type, amount, reason } = input.flags;
    const request: OpenDisputeRequest = {};
    if (typeof type === 'string') {
      if (!TYPES.includes(type.toUpperCase() as DisputeTypeView)) throw new UsageError(`--type must be ${TYPES.join(', ')}`);
      request.disputeType = type.toUpperCase() as DisputeTypeView;
    }
    if (typeof amount === 'string') {
      if (!/^\d{1,20}$/.test(amount)) throw new UsageError('--amount is the disputed amount in minor units, e.g. 1000 for 10.00');
      request.disputeAmount = { currency: (await input.control.payment(paymentId)).paymentAmount.currency, value: amount };
    }
    if (typeof reason === 'string') request.disputeReasonCode = reason;
    const opened = await input.control.dispute(paymentId, request);
    report(input, opened, (answer) => [
      `Dispute ${answer.disputeId} opened on payment ${paymentId}; the defense is due ${answer.defenseDueTime}.`,
      `  Decide it once defended: antom-pay-sandbox judge ${answer.disputeId} ACCEPT_BY_MERCHANT`,
    ]);
  },
};

export const judge: Command = {
  name: 'judge',
  synopsis: `<disputeId> <${RESULTS.join('|')}>`,
  summary: 'decide a defended dispute (notifyDispute DISPUTE_JUDGED)',
  details: ['Chargebacks take ACCEPT_BY_CUSTOMER or ACCEPT_BY_MERCHANT; compliance requests VALIDATE_SUCCESS or VALIDATE_FAIL.'],
  minArgs: 2,
  maxArgs: 2,
  async run(input) {
    const [disputeId = '', given = ''] = input.args;
    const result = given.toUpperCase() as DisputeJudgedResultView;
    if (!RESULTS.includes(result)) throw new UsageError(`the result must be ${RESULTS.join(', ')}`);
    const judged = await input.control.judge(disputeId, result);
    report(input, judged, (answer) => [`Dispute ${answer.disputeId} is now ${answer.disputeStatus}.`]);
  },
};
