import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AntomConfigError } from '../../src/errors.ts';
import { backoffDelay, DEFAULT_RETRY_OPTIONS, normalizeRetry } from '../../src/transport/retry.ts';
import type { RetryOptions } from '../../src/transport/retry.ts';

const options: RetryOptions = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 2000, jitter: 'full' };

describe('backoffDelay', () => {
  it('grows exponentially and is capped at maxDelayMs', () => {
    const almostOne = (): number => 0.999999;
    expect(backoffDelay(1, options, almostOne)).toBe(199);
    expect(backoffDelay(2, options, almostOne)).toBe(399);
    expect(backoffDelay(3, options, almostOne)).toBe(799);
    expect(backoffDelay(5, options, almostOne)).toBe(1999);
    expect(backoffDelay(30, options, almostOne)).toBe(1999);
  });

  it('applies full jitter from the random source', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(3, options, () => 0.5)).toBe(400);
  });

  it('stays within [0, ceiling) for any attempt and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, options, () => r);
        const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
        return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeRetry', () => {
  it('fills defaults', () => {
    expect(normalizeRetry()).toEqual({ maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 2000, jitter: 'full' });
    expect(normalizeRetry({ maxAttempts: 5, baseDelayMs: undefined })).toEqual({ ...DEFAULT_RETRY_OPTIONS, maxAttempts: 5 });
  });

  it('turns false into a single attempt', () => {
    expect(normalizeRetry(false).maxAttempts).toBe(1);
  });

  it.each([
    [{ maxAttempts: 0 }, 'retry.maxAttempts'],
    [{ maxAttempts: 2.5 }, 'retry.maxAttempts'],
    [{ maxAttempts: 1000 }, 'retry.maxAttempts'],
    [{ baseDelayMs: -1 }, 'retry.baseDelayMs'],
    [{ baseDelayMs: Number.POSITIVE_INFINITY }, 'retry.baseDelayMs'],
    [{ maxDelayMs: 100 }, 'retry.maxDelayMs'],
    // Beyond the largest Node timer, a sleep would fire at once and skip the backoff.
    [{ baseDelayMs: 3e9, maxDelayMs: 3e9 }, 'retry.baseDelayMs'],
    [{ maxDelayMs: 3e9 }, 'retry.maxDelayMs'],
    [{ jitter: 'none' as unknown as 'full' }, 'retry.jitter'],
  ])('rejects %j naming %s', (input, option) => {
    expect(() => normalizeRetry(input)).toThrow(AntomConfigError);
    try {
      normalizeRetry(input);
    } catch (error) {
      expect((error as AntomConfigError).option).toBe(option);
    }
  });
});
