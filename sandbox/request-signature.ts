// Checks a merchant request signature the way Antom's gateway does.
import type { AntomPublicKey } from '../src/keys.ts';
import type { IncomingHttpHeaders } from 'node:http';
import { getHeader } from '../src/header-lookup.ts';
import { buildSignContent, parseSignatureHeader, verifyRsaSha256 } from '../src/signing/index.ts';
import type { ResultTables } from './state/results.ts';

export interface SignedRequest {
  method: string;
  /** Path as received, query string included; it is what the merchant signed. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Raw body text. */
  body: string;
}

/** `reason` says in plain words what failed; it never contains key material. */
export type RequestSignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Verifies `Signature` over `<METHOD> <path>\n<Client-Id>.<Request-Time>.<body>` with the merchant public key.
 * Header names are matched case-insensitively; `Request-Time` is used verbatim (epoch ms or ISO 8601).
 */
export function checkRequestSignature(request: SignedRequest, merchantPublicKey: AntomPublicKey): RequestSignatureCheck {
  const clientId = getHeader(request.headers, 'client-id');
  const requestTime = getHeader(request.headers, 'request-time');
  const signatureHeader = getHeader(request.headers, 'signature');
  if (clientId === undefined) return { ok: false, reason: 'missing Client-Id header' };
  if (requestTime === undefined) return { ok: false, reason: 'missing Request-Time header' };
  if (signatureHeader === undefined) return { ok: false, reason: 'missing Signature header' };
  const parsed = parseSignatureHeader(signatureHeader);
  if (parsed === undefined) {
    return { ok: false, reason: 'malformed Signature header; expected algorithm=RSA256,keyVersion=<n>,signature=<url-encoded base64>' };
  }
  const content = buildSignContent({ method: request.method, path: request.path, clientId, time: requestTime, body: request.body });
  if (verifyRsaSha256(content, parsed.signature, merchantPublicKey)) return { ok: true };
  return {
    ok: false,
    reason: `signature does not verify with the merchant public key over "${request.method.toUpperCase()} ${request.path}\\n${clientId}.${requestTime}.<body of ${Buffer.byteLength(request.body)} bytes>"`,
  };
}

/** Body of Antom's answer to a bad request signature (HTTP 200): the gateway-wide table's INVALID_SIGNATURE row. */
export function invalidSignatureBody(results: ResultTables, operationId: string): string {
  return JSON.stringify({ result: results.result(operationId, 'INVALID_SIGNATURE') });
}

/** Response header in which the mock explains why it answered INVALID_SIGNATURE (not an Antom header). */
export const SIGNATURE_PROBLEM_HEADER = 'x-mock-signature-problem';
