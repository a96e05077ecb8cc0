// How far the sandbox clock may move. Antom's date strings have a four-digit year, and the sandbox writes dates
// later than "now" (a payment's expiry, a dispute's defenseDueTime, the next notification retry, ...): past
// 9999-12-31T23:59:59Z, toISOString() writes `+010000-…`, which no Antom client parses. So the clock stops short of
// MAX_SANDBOX_TIME by the longest delay the sandbox adds to a time it reads from the clock, computed from the delays
// themselves (two of them are settings), and refuses a move beyond it.
import { SESSION_HOUR_MS } from '../checkout/session.ts';
import { RETRIEVAL_REQUEST_MS } from '../disputes/rules.ts';
import { RETRY_GAPS_MS } from '../notify/notifier.ts';
import { PLUS_EIGHT_MS } from '../strict/shape.ts';
import { formatDuration } from '../client/duration.ts';
import { MAX_SANDBOX_TIME, isoTime } from './clock.ts';
import type { ClockLimit } from './clock.ts';

/** The settings that set a delay (state/context.ts SandboxSettings). */
export interface DelaySettings {
  expiryMs: number;
  asyncRefundMs: number;
  disputeDefenseMs: number;
}

/** Every delay the sandbox adds to a time it read from the clock, by what it sets, in milliseconds. */
export function derivedDelays(settings: DelaySettings): Record<string, number> {
  return {
    'a payment expiry (--expiry-minutes)': settings.expiryMs,
    'a payment session expiry': SESSION_HOUR_MS,
    'a card refund finishing': settings.asyncRefundMs,
    "a chargeback's defenseDueTime": settings.disputeDefenseMs,
    "a retrieval request's defenseDueTime": RETRIEVAL_REQUEST_MS,
    // Each retry is due a gap after the previous one's due time: the last is the sum of the gaps after the first.
    'the last notification retry': RETRY_GAPS_MS.reduce((sum, gap) => sum + gap, 0),
    'a +08:00 request-time (--strict-notifications)': PLUS_EIGHT_MS,
  };
}

/** The longest of derivedDelays, named. */
export function longestDelay(settings: DelaySettings): { name: string; ms: number } {
  const [name, ms] = Object.entries(derivedDelays(settings)).reduce((longest, entry) => (entry[1] > longest[1] ? entry : longest));
  return { name, ms };
}

/**
 * The latest sandbox time (every date derived from it is still at or before MAX_SANDBOX_TIME), and why.
 * @throws RangeError when a setting is so long that a date derived from `now` would already be past it
 */
export function sandboxClockLimit(settings: DelaySettings, now = Date.now()): ClockLimit {
  const { name, ms } = longestDelay(settings);
  if (MAX_SANDBOX_TIME - ms < now) throw new RangeError(`${name} is too long: ${formatDuration(ms)} from now ends after ${isoTime(MAX_SANDBOX_TIME)}`);
  return { latest: MAX_SANDBOX_TIME - ms, reason: `it stops ${formatDuration(ms)} before ${isoTime(MAX_SANDBOX_TIME)}, so that ${name}, that much later, is still a date Antom's clients read` };
}
