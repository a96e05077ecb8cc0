// `antom-pay-sandbox clock <+15m|+2h|1d|…>`: moves sandbox time forward; expiries and retries that fall due happen.
import { looksLikeDuration, parseDuration } from '../client/duration.ts';
import type { Command } from './command.ts';
import { UsageError, report } from './command.ts';

export const clock: Command = {
  name: 'clock',
  synopsis: '<+15m|+2h|1d|90s|…>',
  summary: 'move sandbox time forward: expiries, dispute deadlines and notification retries that fall due happen',
  details: ['Units: ms, s, m, h, d, combined as in 1h30m. Sandbox time only moves forward; `reset` puts it back.'],
  negativeArgument: 'sandbox time only moves forward (`reset` puts it back)',
  minArgs: 1,
  maxArgs: 1,
  async run(input) {
    const [text = ''] = input.args;
    const ms = parseDuration(text);
    if (ms === undefined && looksLikeDuration(text)) throw new UsageError(`${JSON.stringify(text)} is too long a move: the sandbox clock stops before 9999-12-31`);
    if (ms === undefined) throw new UsageError(`${JSON.stringify(text)} is not a duration: write +15m, +2h, 1d or 1h30m`);
    const moved = await input.control.advanceClock(ms);
    report(input, moved, (answer) => [`Sandbox time is now ${answer.now} (${Math.round(answer.offsetMs / 60_000)} min ahead of the wall clock).`]);
  },
};
