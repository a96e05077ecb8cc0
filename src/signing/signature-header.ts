import { isBase64Signature } from './base64.ts';

/** The only algorithm Antom uses. */
export const SIGNATURE_ALGORITHM = 'RSA256';

const DIGITS = /^\d+$/;

/** Fields of a `Signature` header. */
export interface SignatureHeaderFields {
  keyVersion: number;
  /** Standard base64 signature (not URL-encoded). */
  signature: string;
}

/** A parsed `Signature` / `signature` header. */
export interface ParsedSignatureHeader {
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** Undefined when the header has no `keyVersion` pair. */
  keyVersion: number | undefined;
  /** Standard base64, already URL-decoded. */
  signature: string;
}

/**
 * Formats the request `Signature` header value.
 *
 * @example
 * formatSignatureHeader({ keyVersion: 1, signature: 'ab+/cd==' })
 * // => 'algorithm=RSA256,keyVersion=1,signature=ab%2B%2Fcd%3D%3D'
 */
export function formatSignatureHeader(fields: SignatureHeaderFields): string {
  return `algorithm=${SIGNATURE_ALGORITHM},keyVersion=${fields.keyVersion},signature=${encodeURIComponent(fields.signature)}`;
}

/**
 * Parses `algorithm=RSA256,keyVersion=<n>,signature=<url-encoded base64>`.
 * Pairs may come in any order, with spaces after commas; unknown pairs are ignored.
 *
 * @returns undefined when malformed: missing/duplicate/other algorithm, missing signature,
 *   a non-numeric keyVersion, a signature that is not base64 once URL-decoded, or a value that is not a string.
 */
export function parseSignatureHeader(value: string): ParsedSignatureHeader | undefined {
  if (typeof value !== 'string') return undefined;
  const pairs = new Map<string, string>();
  for (const part of value.split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (eq <= 0) return undefined;
    const key = item.slice(0, eq).trim();
    if (pairs.has(key)) return undefined;
    pairs.set(key, item.slice(eq + 1).trim());
  }

  if (pairs.get('algorithm') !== SIGNATURE_ALGORITHM) return undefined;

  const rawVersion = pairs.get('keyVersion');
  if (rawVersion !== undefined && !DIGITS.test(rawVersion)) return undefined;

  const rawSignature = pairs.get('signature');
  if (rawSignature === undefined) return undefined;
  const signature = safeDecodeURIComponent(rawSignature);
  if (signature === undefined || !isBase64Signature(signature)) return undefined;

  return {
    algorithm: SIGNATURE_ALGORITHM,
    keyVersion: rawVersion === undefined ? undefined : Number(rawVersion),
    signature,
  };
}

function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
