// Sandbox clock moves written as people write them: `+15m`, `2h`, `1d12h`, `90s`, `500ms` (the `+` is optional).

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const WHOLE = /^\+?(?:\d+(?:ms|s|m|h|d))+$/;
const PART = /(\d+)(ms|s|m|h|d)/g;

/** True when `text` is written as a duration, whatever its size (parseDuration refuses one past the safe integers). */
export const looksLikeDuration = (text: string): boolean => WHOLE.test(text.trim());

/** Milliseconds of a duration such as `+2h` or `1h30m`; undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!WHOLE.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(PART)) total += Number(amount) * (UNITS[unit ?? ''] ?? 0);
  return Number.isSafeInteger(total) ? total : undefined;
}

/** `ms` written as parseDuration reads it, largest unit first (`10d`, `1d22m`, `0ms`). */
export function formatDuration(ms: number): string {
  let rest = ms;
  const parts = Object.entries(UNITS)
    .reverse()
    .map(([unit, size]) => {
      const amount = Math.floor(rest / size);
      rest -= amount * size;
      return amount > 0 ? `${amount}${unit}` : '';
    });
  return parts.join('') || '0ms';
}
