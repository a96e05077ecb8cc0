// `antom-pay-sandbox resend <paymentId>`: delivers the payment's latest notification once more, recorded.
import type { Command } from './command.ts';
import { report } from './command.ts';
import { delivery } from './describe.ts';

export const resend: Command = {
  name: 'resend',
  synopsis: '<paymentId>',
  summary: "deliver the payment's latest notification again (payment, refund, capture or dispute), recorded",
  details: ['The exit code is 0 whether or not your endpoint acknowledged it: the line says which.'],
  minArgs: 1,
  maxArgs: 1,
  async run(input) {
    const [paymentId = ''] = input.args;
    const record = await input.control.resend(paymentId);
    report(input, record, (answer) => [delivery(answer)]);
  },
};
