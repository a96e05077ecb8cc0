import { AntomConfigError } from '../errors.ts';

/** How transport failures are retried. */
export interface RetryOptions {
  /** Total attempts including the first; 1 disables retries. Default 3. */
  maxAttempts: number;
  /** Backoff ceiling before the second attempt, in milliseconds. Default 200. */
  baseDelayMs: number;
  /** Largest backoff ceiling, in milliseconds. Default 2000. */
  maxDelayMs: number;
  /** Full jitter: the delay is uniform in [0, ceiling). The only supported mode. */
  jitter: 'full';
}

/** Defaults used when no retry options are given. */
export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2000,
  jitter: 'full',
});

/** Upper bound on `maxAttempts`, so a typo cannot turn into a retry storm. */
export const MAX_ATTEMPTS_LIMIT = 10;

/**
 * Delay in milliseconds to wait after failed attempt number `attempt` (1-based) before the next one:
 * a uniform random value in [0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))).
 *
 * @param random source of numbers in [0, 1); injectable for tests.
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** exponent);
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.min(Math.floor(fraction * ceiling), Math.max(0, ceiling - 1));
}

/**
 * Fills in defaults and validates retry options; `false` means a single attempt.
 *
 * @throws AntomConfigError naming the offending `retry.*` field.
 */
export function normalizeRetry(input?: Partial<RetryOptions> | false): RetryOptions {
  if (input === false) return { ...DEFAULT_RETRY_OPTIONS, maxAttempts: 1 };
  const options: RetryOptions = { ...DEFAULT_RETRY_OPTIONS, ...definedOnly(input ?? {}) };

  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1 || options.maxAttempts > MAX_ATTEMPTS_LIMIT) {
    throw new AntomConfigError('retry.maxAttempts', `must be an integer from 1 to ${MAX_ATTEMPTS_LIMIT}`);
  }
  if (!isNonNegativeFinite(options.baseDelayMs)) {
    throw new AntomConfigError('retry.baseDelayMs', `must be a number from 0 to ${MAX_TIMER_MS}`);
  }
  if (!isNonNegativeFinite(options.maxDelayMs) || options.maxDelayMs < options.baseDelayMs) {
    throw new AntomConfigError('retry.maxDelayMs', `must be a number from retry.baseDelayMs to ${MAX_TIMER_MS}`);
  }
  if (options.jitter !== 'full') {
    throw new AntomConfigError('retry.jitter', "only 'full' is supported");
  }
  return options;
}

/** Largest delay a Node timer honours; a larger one fires at once (with a TimeoutOverflowWarning). */
export const MAX_TIMER_MS = 2_147_483_647;

function isNonNegativeFinite(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS;
}

/** Drops keys whose value is undefined so they do not erase defaults. */
function definedOnly(input: Partial<RetryOptions>): Partial<RetryOptions> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<RetryOptions>;
}
