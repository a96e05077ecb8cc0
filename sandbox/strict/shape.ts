// --strict-notifications: each delivery varies what Antom's protocol leaves open, so a merchant endpoint that
// depends on one rendering fails on this machine rather than in production:
//   - the body's bytes: key order (shuffled at every level), whitespace and line ends, `\/` for `/` in strings;
//     always different bytes from JSON.stringify of the same value, so re-serializing before verifying never passes;
//   - `request-time`: epoch milliseconds or ISO 8601 (Z, with milliseconds, +00:00, +08:00): Antom's SDKs sign and
//     verify the header text as sent, whatever its form;
//   - header name casing: `request-time`, `Request-Time` or `REQUEST-TIME` (HTTP names are case-insensitive).
// Deterministic: the same seed, notification and attempt give the same shape (a failure can be replayed).
import { createHash } from 'node:crypto';

export interface WireShape {
  /** The exact body text to sign and send. */
  body: string;
  /** The exact `request-time` header text to sign and send. */
  requestTime: string;
  /** The header name to send for a lowercase one. */
  headerName: (lowercase: string) => string;
  /** One line for logs: which variants were picked. */
  summary: string;
}

type Random = () => number;

/** A seeded generator (xorshift128+ over the first 16 bytes of a SHA-256): cheap and the same on every platform. */
function seeded(text: string): Random {
  const digest = createHash('sha256').update(text).digest();
  let a = digest.readBigUInt64LE(0) | 1n;
  let b = digest.readBigUInt64LE(8) | 1n;
  const mask = (1n << 64n) - 1n;
  return () => {
    let x = a;
    const y = b;
    a = y;
    x ^= (x << 23n) & mask;
    x ^= x >> 17n;
    x ^= y ^ (y >> 26n);
    b = x;
    return Number((x + y) & ((1n << 53n) - 1n)) / 2 ** 53;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

interface Layout {
  name: string;
  indent: string;
  newline: string;
  /** After `:` and `,` on one line. */
  inline: boolean;
}
const LAYOUTS: readonly Layout[] = [
  { name: 'indent-2', indent: '  ', newline: '\n', inline: false },
  { name: 'indent-tab', indent: '\t', newline: '\n', inline: false },
  { name: 'indent-4-crlf', indent: '    ', newline: '\r\n', inline: false },
  { name: 'one-line-spaced', indent: '', newline: '', inline: true },
];

function render(value: unknown, layout: Layout, random: Random, slash: boolean, depth: number): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return slash && typeof value === 'string' ? text.replaceAll('/', '\\/') : text;
  }
  const entries: Array<[string | undefined, unknown]> = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
  if (!Array.isArray(value)) {
    // Fisher-Yates with the seeded generator.
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
    }
  }
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const inner = layout.indent.repeat(depth + 1);
  const items = entries.map(([key, item]) => `${key === undefined ? '' : `${JSON.stringify(key)}: `}${render(item, layout, random, slash, depth + 1)}`);
  if (layout.inline) return `${open}${items.join(', ')}${close}`;
  return `${open}${layout.newline}${items.map((item) => `${inner}${item}`).join(`,${layout.newline}`)}${layout.newline}${layout.indent.repeat(depth)}${close}`;
}

/** The `+08:00` request-time form writes the instant as UTC+8 wall time: a date this much later than the instant. */
export const PLUS_EIGHT_MS = 8 * 3_600_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `request-time` forms: the instant `now`, written as Antom's SDKs and our verifier accept it. */
const TIME_FORMS: ReadonlyArray<{ name: string; format: (now: number) => string }> = [
  { name: 'epoch-ms', format: (now) => String(now) },
  { name: 'iso-z', format: (now) => `${new Date(now).toISOString().slice(0, 19)}Z` },
  { name: 'iso-ms-z', format: (now) => new Date(now).toISOString() },
  { name: 'iso-+00:00', format: (now) => `${new Date(now).toISOString().slice(0, 19)}+00:00` },
  {
    name: 'iso-+08:00',
    format: (now) => {
      const d = new Date(now + PLUS_EIGHT_MS);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
    },
  },
];

const CASINGS: ReadonlyArray<{ name: string; apply: (name: string) => string }> = [
  { name: 'lower', apply: (name) => name },
  { name: 'Title', apply: (name) => name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`) },
  { name: 'UPPER', apply: (name) => name.toUpperCase() },
];

/**
 * The shape of one delivery. `identity` names the delivery (notification and attempt); `canonical` is the body as
 * JSON.stringify wrote it; `now` is the wall-clock time of the delivery.
 */
export function strictShape(seed: string, identity: string, canonical: string, now: number): WireShape {
  const random = seeded(`${seed}\n${identity}\n${canonical}`);
  const layout = pick(random, LAYOUTS);
  const slash = random() < 0.5 && canonical.includes('/');
  const time = pick(random, TIME_FORMS);
  const casing = pick(random, CASINGS);
  const body = render(JSON.parse(canonical) as unknown, layout, random, slash, 0);
  return {
    body,
    requestTime: time.format(now),
    headerName: casing.apply,
    summary: `body ${layout.name}${slash ? ' \\/' : ''}, request-time ${time.name}, headers ${casing.name}`,
  };
}
