import { AntomConfigError } from '../errors.ts';
import { base64ToBytes } from '../platform/bytes.ts';

/** Key text decoded to bytes: from a PEM block (with its label) or from bare base64. */
export type KeyBytes = { label: string; der: Uint8Array } | { label: undefined; der: Uint8Array };

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;
const BARE_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** `\n`, `\r\n` and `\r` written as two characters, as `.env` files and JSON-escaped secrets hold line breaks. */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;

/**
 * Normalises key text as it comes from real configuration: surrounding whitespace, one pair of matching quotes
 * around the whole value, and line breaks written as literal `\n` (or `\r\n`) sequences.
 *
 * @throws AntomConfigError for a non-string or an empty value.
 */
export function normaliseKeyText(text: unknown, option: string): string {
  if (typeof text !== 'string') throw new AntomConfigError(option, 'expected PEM or base64 text, a KeyObject or a parsed key (parsePrivateKey / parsePublicKey)');
  let value = text.trim();
  const quote = value[0];
  if (value.length >= 2 && (quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote)) value = value.slice(1, -1).trim();
  value = value.replace(ESCAPED_BREAK, '\n').trim();
  if (value.length === 0) throw new AntomConfigError(option, 'the key is empty');
  return value;
}

/** The first PEM block's label, or undefined when the text holds none. */
export function pemLabel(text: string): string | undefined {
  return PEM_BEGIN.exec(text)?.[1];
}

/**
 * Decodes the first PEM block (label known to the caller) or bare base64 (line breaks allowed) to DER bytes.
 *
 * @param kind 'private' or 'public', for the messages.
 * @throws AntomConfigError naming what is wrong, never repeating the input.
 */
export function keyBytes(text: string, option: string, kind: 'private' | 'public'): KeyBytes {
  const label = pemLabel(text);
  if (label === undefined) return { label, der: decodeBareBase64(text, option) };
  const begin = `-----BEGIN ${label}-----`;
  const start = text.indexOf(begin) + begin.length;
  const end = text.indexOf(`-----END ${label}-----`, start);
  if (end < 0) throw new AntomConfigError(option, `PEM ${kind} key could not be parsed: its END line is missing or does not match its BEGIN line`);
  const body = text.slice(start, end);
  if (body.includes(':')) {
    throw new AntomConfigError(option, `PEM ${kind} key could not be parsed: it has headers (Proc-Type, DEK-Info), so it is encrypted; export it unencrypted`);
  }
  const der = decodeBase64(body);
  if (der === undefined) {
    throw new AntomConfigError(option, `PEM ${kind} key could not be parsed: its body is not base64${hasBackslash(body) ? ' (it holds a backslash: an escape other than \\n?)' : ''}`);
  }
  return { label, der };
}

function decodeBareBase64(text: string, option: string): Uint8Array {
  const der = decodeBase64(text);
  if (der === undefined) throw new AntomConfigError(option, 'expected PEM or base64 key text; found characters outside base64');
  return der;
}

/** Bytes of base64 text (whitespace ignored), or undefined for text that is not base64 (alphabet, padding, length). */
function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!BARE_BASE64.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    return base64ToBytes(compact);
  } catch {
    return undefined;
  }
}

function hasBackslash(text: string): boolean {
  return text.includes('\\');
}
