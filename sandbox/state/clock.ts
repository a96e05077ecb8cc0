// Sandbox time: the wall clock plus an offset that only grows. `POST /__sandbox/clock` moves it forward, so expiry
// and notification retries can be tested without waiting; everything stateful reads the time from here.

export interface SandboxClock {
  /** Sandbox time in epoch milliseconds. */
  now(): number;
  /** How far the sandbox is ahead of the wall clock, in milliseconds. */
  offset(): number;
  /** Moves sandbox time forward by `ms` (a whole number of milliseconds >= 0, up to `latest()`) and returns the new time. */
  advance(ms: number): number;
  /** The latest sandbox time: the clock moves no further, and stops there as the wall clock runs on. */
  latest(): number;
  /** Back to the wall clock (offset 0). */
  reset(): void;
}

/** The last instant ISO 8601 text (and `Date`) can carry with a four-digit year: the clock never moves past it. */
export const MAX_SANDBOX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The clock's latest time (default MAX_SANDBOX_TIME; state/latest-time.ts leaves room for derived dates) and why. */
export interface ClockLimit {
  latest: number;
  /** Said after the latest time when a move is refused. */
  reason?: string;
}

/** `wallClock` is injectable for unit tests; it defaults to `Date.now`. */
export function createClock(wallClock: () => number = Date.now, limit: ClockLimit = { latest: MAX_SANDBOX_TIME }): SandboxClock {
  let offset = 0;
  const { latest } = limit;
  // Stops at `latest` rather than run past it after a move close to it.
  const now = (): number => Math.min(wallClock() + offset, latest);
  return {
    now,
    offset: () => offset,
    latest: () => latest,
    advance(ms) {
      if (!Number.isInteger(ms) || ms < 0) throw new RangeError('advanceMs must be a whole number of milliseconds >= 0');
      // From the time as now() gives it: once the clock has stopped at `latest`, a move of 0 (how a caller reads the
      // clock and runs what is due) still answers.
      if (now() + ms > latest) throw new RangeError(`advanceMs would move the sandbox clock past ${isoTime(latest)}${limit.reason === undefined ? '' : `: ${limit.reason}`}`);
      offset += ms;
      return now();
    },
    reset() {
      offset = 0;
    },
  };
}

/** ISO 8601 text of a sandbox time (UTC, `Z`), as the API's date-time fields carry it. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
