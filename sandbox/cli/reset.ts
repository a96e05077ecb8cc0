// `antom-pay-sandbox reset`: forgets every record and puts the sandbox clock back.
import type { Command } from './command.ts';
import { report } from './command.ts';

export const reset: Command = {
  name: 'reset',
  synopsis: '',
  summary: 'forget every payment, refund, dispute and pending notification; put the clock back',
  minArgs: 0,
  maxArgs: 0,
  async run(input) {
    await input.control.reset();
    report(input, { reset: true }, () => [`The sandbox at ${input.control.url} is empty again.`]);
  },
};
