import type { OutcomeBase, ReadResult } from './read-result.ts';
import { actionWithoutStatus } from './read-result.ts';

/**
 * `U`, or no usable status: the outcome of the call is unknown. Send the identical request again (what else to check
 * first is in `action`). With a `U` code the table lists, `action` is its row's; without a status, a code a table
 * lists as a refusal (a gateway-wide INVALID_SIGNATURE) keeps its row's action.
 */
export interface RetryOutcome extends OutcomeBase {
  readonly kind: 'retry';
  readonly status: 'U' | 'missing';
  readonly action: string;
}

/** The `retry` branch shared by the checkout and dispute interpreters; `otherwise` is the operation's own advice. */
export function retryOutcome(read: ReadResult, otherwise: string): RetryOutcome {
  const { code, entry, message, status } = read;
  if (status === 'U') return { kind: 'retry', status, code, entry, message, action: entry.known ? entry.action : otherwise };
  return { kind: 'retry', status: 'missing', code, entry, message, action: actionWithoutStatus(entry, otherwise) };
}
