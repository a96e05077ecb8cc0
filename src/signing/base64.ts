/** Canonical padded base64 (RFC 4648 §4, no line breaks), as Antom's signatures are encoded. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True for a non-empty string of canonical padded base64. */
export function isBase64Signature(text: string): boolean {
  return typeof text === 'string' && text.length > 0 && BASE64.test(text);
}
