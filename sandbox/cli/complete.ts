// `antom-pay-sandbox complete <paymentId> [SUCCESS|FAIL|PENDING] [--result-code <code>]`: the buyer's choice on the
// cashier page; the command waits (up to 30 s) for the notification it causes to be delivered, and shows it.
import type { PaymentOutcome } from '../control/types.ts';
import type { Command } from './command.ts';
import { UsageError, report } from './command.ts';
import { delivery } from './describe.ts';

const OUTCOMES: readonly PaymentOutcome[] = ['SUCCESS', 'FAIL', 'PENDING'];

export const complete: Command = {
  name: 'complete',
  synopsis: '<paymentId> [SUCCESS|FAIL|PENDING]',
  summary: 'finish a payment as the buyer would (default SUCCESS) and deliver its notification',
  details: ['FAIL takes --result-code <code> (a failure code of pay\'s result table; default USER_BALANCE_NOT_ENOUGH).'],
  minArgs: 1,
  maxArgs: 2,
  options: { 'result-code': 'the failure code of a FAIL' },
  async run(input) {
    const [paymentId = '', given = 'SUCCESS'] = input.args;
    const outcome = given.toUpperCase() as PaymentOutcome;
    if (!OUTCOMES.includes(outcome)) throw new UsageError(`the outcome must be SUCCESS, FAIL or PENDING, not ${JSON.stringify(given)}`);
    const resultCode = input.flags['result-code'];
    if (resultCode !== undefined && outcome !== 'FAIL') throw new UsageError('--result-code goes with FAIL only');
    const before = (await input.control.payment(paymentId)).notifications.length;
    await input.control.complete(paymentId, outcome, typeof resultCode === 'string' ? { resultCode } : {});
    const { settled } = await input.control.settle(paymentId);
    const payment = await input.control.payment(paymentId);
    report(input, payment, (answer) => [
      `Payment ${answer.paymentId} (${answer.paymentRequestId}) is now ${answer.paymentStatus}${answer.paymentStatus === 'FAIL' ? ` (${answer.paymentResultCode})` : ''}.`,
      ...answer.notifications.slice(before).map((record) => `  ${delivery(record)}`),
      ...(settled ? [] : ['  Its notification is still being delivered after 30 s: see `antom-pay-sandbox payments` later.']),
    ]);
  },
};
