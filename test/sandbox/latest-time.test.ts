// The sandbox clock's latest time (sandbox/state/latest-time.ts): computed from the delays the sandbox really adds
// to its time, held as the wall clock runs on, and kept when a state file saved an offset beyond it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../sandbox/client/duration.ts';
import { DEFAULT_DEFENSE_MS, RETRIEVAL_REQUEST_MS } from '../../sandbox/disputes/rules.ts';
import { DEFAULT_SPEC_PATH } from '../../sandbox/server.ts';
import { MAX_SANDBOX_TIME, createClock, isoTime } from '../../sandbox/state/clock.ts';
import { createSandboxContext } from '../../sandbox/state/context.ts';
import { HEADER } from '../../sandbox/state/journal-format.ts';
import { derivedDelays, longestDelay, sandboxClockLimit } from '../../sandbox/state/latest-time.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';
import { parsePrivateKey } from '../../src/keys.ts';

const DAY = 86_400_000;
const DEFAULTS = { expiryMs: 14 * 60_000, asyncRefundMs: 60_000, disputeDefenseMs: DEFAULT_DEFENSE_MS };
const dir = mkdtempSync(join(tmpdir(), 'antom-latest-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the delays the sandbox derives from its time', () => {
  it('when the settings are the defaults, then the longest is a retrieval request\'s 10 days, and every delay from the latest time stays a four-digit year', () => {
    expect(longestDelay(DEFAULTS)).toEqual({ name: "a retrieval request's defenseDueTime", ms: RETRIEVAL_REQUEST_MS });
    const { latest } = sandboxClockLimit(DEFAULTS);
    expect(isoTime(latest)).toBe('9999-12-21T23:59:59Z');
    for (const [name, ms] of Object.entries(derivedDelays(DEFAULTS))) expect(isoTime(latest + ms), name).toMatch(/^\d{4}-/);
    // The notification retries add up to just over a day: 2 + 10 + 10 min, 1 + 2 + 6 + 15 h.
    expect(derivedDelays(DEFAULTS)['the last notification retry']).toBe(22 * 60_000 + 24 * 3_600_000);
  });

  it('when a setting is longer than the fixed delays, then the latest time leaves room for it instead', () => {
    expect(longestDelay({ ...DEFAULTS, disputeDefenseMs: 30 * DAY })).toEqual({ name: "a chargeback's defenseDueTime", ms: 30 * DAY });
    expect(longestDelay({ ...DEFAULTS, expiryMs: 40 * DAY }).name).toBe('a payment expiry (--expiry-minutes)');
    expect(longestDelay({ ...DEFAULTS, asyncRefundMs: 50 * DAY })).toEqual({ name: 'a card refund finishing', ms: 50 * DAY });
    expect(sandboxClockLimit({ ...DEFAULTS, expiryMs: 40 * DAY }).latest).toBe(MAX_SANDBOX_TIME - 40 * DAY);
    const context = createSandboxContext({ specPath: DEFAULT_SPEC_PATH, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)), settings: { disputeDefenseMs: 30 * DAY } });
    expect(context.clock.latest()).toBe(MAX_SANDBOX_TIME - 30 * DAY);
    context.close();
  });

  it('when a setting would end after 9999-12-31 even from now, then the sandbox refuses to start with it', () => {
    const tooLong = MAX_SANDBOX_TIME - Date.now() + DAY;
    expect(() => createSandboxContext({ specPath: DEFAULT_SPEC_PATH, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)), settings: { expiryMs: tooLong } })).toThrow(
      /^a payment expiry \(--expiry-minutes\) is too long: \d+d\S* from now ends after 9999-12-31T23:59:59Z$/,
    );
  });
});

describe('formatDuration (the refusal names the room left in it)', () => {
  it.each([
    [0, '0ms'],
    [1, '1ms'],
    [90_500, '1m30s500ms'],
    [10 * DAY, '10d'],
    [DAY + 22 * 60_000, '1d22m'],
  ])('when %i ms is written, then it is %s, which parseDuration reads back', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });
});

describe('the clock at its latest time', () => {
  it('when the wall clock runs on after a move to the latest time, then sandbox time stays there, further moves are refused with the reason, and a move of 0 still answers', () => {
    let wall = 1_000;
    const limit = sandboxClockLimit(DEFAULTS);
    const clock = createClock(() => wall, limit);
    expect(clock.advance(limit.latest - 1_000)).toBe(limit.latest);
    wall += 60_000;
    expect(clock.now()).toBe(limit.latest);
    const offset = clock.offset();
    expect(() => clock.advance(1)).toThrow(/^advanceMs would move the sandbox clock past 9999-12-21T23:59:59Z: it stops 10d before 9999-12-31T23:59:59Z/);
    expect(clock.offset()).toBe(offset);
    expect(clock.advance(0)).toBe(limit.latest);
    expect(clock.offset()).toBe(offset);
  });

  it('when a state file holds a clock offset beyond the latest time, then the sandbox starts at the latest time', () => {
    const path = join(dir, 'far.jsonl');
    writeFileSync(path, `${HEADER}{"clockOffsetMs":${MAX_SANDBOX_TIME}}\n`);
    const context = createSandboxContext({ specPath: DEFAULT_SPEC_PATH, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)), statePath: path });
    expect(context.clock.now()).toBe(context.clock.latest());
    expect(isoTime(context.clock.now())).toBe('9999-12-21T23:59:59Z');
    context.close();
  });
});
