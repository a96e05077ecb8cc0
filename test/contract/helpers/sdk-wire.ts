// How Antom's official SDKs sign requests and pick apart signed responses, re-stated with node:crypto only (no src/),
// so the mock is checked against the SDKs' behaviour rather than against our own client.
import { sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** `URLEncoder.encode` / `quote_plus` of base64(SHA256withRSA(content)): `+ / =` become `%2B %2F %3D`. */
export function sdkSignatureValue(content: string, key: KeyObject): string {
  return encodeURIComponent(sign('sha256', Buffer.from(content, 'utf8'), key).toString('base64'));
}

/** `<METHOD> <path>\n<clientId>.<time>.<body>`, the string every SDK signs and verifies. */
export function signContent(method: string, path: string, clientId: string, time: string, body: string): string {
  return `${method} ${path}\n${clientId}.${time}.${body}`;
}

/** Java's `String.split(regex)` for a literal separator: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Java `DefaultHttpRPC.getResponseSignature`: third comma item, split on `=`, exactly two parts, else null. */
export function javaResponseSignature(header: string | undefined): string | null {
  if (header === undefined || header.trim() === '') return null;
  const items = javaSplit(header, ',');
  if (items.length < 3) return null;
  const pair = javaSplit(items[2] ?? '', '=');
  return pair.length === 2 ? (pair[1] ?? null) : null;
}

/** Python `__parse_header`: everything after `signature=` of the header named exactly `signature`. */
export function pythonResponseSignature(header: string): string | undefined {
  return header.split('signature=')[1];
}

/** URL-decode (`+` = space, as URLDecoder and unquote_plus do), base64-decode, RSA-SHA256 verify. */
export function sdkVerify(content: string, urlEncodedSignature: string, antomPublicKey: KeyObject): boolean {
  const base64 = decodeURIComponent(urlEncodedSignature.replace(/\+/g, ' '));
  return verify('sha256', Buffer.from(content, 'utf8'), antomPublicKey, Buffer.from(base64, 'base64'));
}

/** Python's `json.dumps(value, indent=3)`: same layout as JSON.stringify, non-ASCII escaped (ensure_ascii). */
export function pythonJsonDumps(value: unknown): string {
  return JSON.stringify(value, null, 3).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
