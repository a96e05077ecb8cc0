import type { AntomSignatureFailureReason } from './errors.ts';
import type { HeaderSource } from './header-lookup.ts';
import { getHeader } from './header-lookup.ts';
import type { AntomPublicKey } from './keys.ts';
import { buildSignContent } from './signing/sign-content.ts';
import { verifyRsaSha256, verifyRsaSha256Async } from './signing/rsa.ts';
import { parseSignatureHeader } from './signing/signature-header.ts';

/** A message Antom signed: a response to our request, or a notification Antom sent us. */
export interface SignedMessage {
  method: string;
  /** Path the signature covers (our request path, or our notify path). */
  path: string;
  /** Our client ID; a differing `client-id` header is rejected. */
  clientId: string;
  headers: HeaderSource;
  /** `response-time` for responses, `request-time` for notifications. */
  timeHeader: string;
  body: string;
  antomPublicKey: AntomPublicKey;
}

/** Result of {@link checkSignedMessage}; `time` is the verbatim, now authenticated, time header. */
export type SignedMessageCheck =
  | { ok: true; time: string }
  | { ok: false; reason: AntomSignatureFailureReason };

/**
 * Checks Antom's `signature` header over `<METHOD> <path>\n<clientId>.<time header>.<body>`.
 * Both headers are required: unlike Antom's Java/PHP SDKs, an unsigned message is never accepted.
 * A missing time header is reported as 'missing-response-time' whichever header name was used.
 * Synchronous: needs node:crypto (AntomConfigError elsewhere); {@link checkSignedMessageAsync} works everywhere.
 */
export function checkSignedMessage(message: SignedMessage): SignedMessageCheck {
  const prepared = prepare(message);
  if ('reason' in prepared) return prepared;
  return verifyRsaSha256(prepared.content, prepared.signature, message.antomPublicKey) ? { ok: true, time: prepared.time } : { ok: false, reason: 'bad-signature' };
}

/** {@link checkSignedMessage} on every runtime (Web Crypto where node:crypto is absent). */
export async function checkSignedMessageAsync(message: SignedMessage): Promise<SignedMessageCheck> {
  const prepared = prepare(message);
  if ('reason' in prepared) return prepared;
  return (await verifyRsaSha256Async(prepared.content, prepared.signature, message.antomPublicKey)) ? { ok: true, time: prepared.time } : { ok: false, reason: 'bad-signature' };
}

/** Everything but the RSA check: the headers read and the signed content built, or why the message fails early. */
function prepare(message: SignedMessage): { content: string; signature: string; time: string } | { ok: false; reason: AntomSignatureFailureReason } {
  const signatureHeader = getHeader(message.headers, 'signature');
  if (signatureHeader === undefined) return { ok: false, reason: 'missing-signature' };
  const time = getHeader(message.headers, message.timeHeader);
  if (time === undefined) return { ok: false, reason: 'missing-response-time' };
  const parsed = parseSignatureHeader(signatureHeader);
  if (parsed === undefined) return { ok: false, reason: 'malformed-signature' };
  const clientIdHeader = getHeader(message.headers, 'client-id');
  if (clientIdHeader !== undefined && clientIdHeader.trim() !== message.clientId) {
    return { ok: false, reason: 'client-id-mismatch' };
  }
  const content = buildSignContent({ method: message.method, path: message.path, clientId: message.clientId, time, body: message.body });
  return { content, signature: parsed.signature, time };
}
