import { AntomResponseMismatchError, AntomSignatureError } from '../errors.ts';
import type { RequestIdRef } from '../errors.ts';
import { getHeader } from '../header-lookup.ts';
import { parseMessageTime } from '../message-time.ts';
import type { SignedMessageCheck } from '../verify-signed-message.ts';
import { checkSignedMessage } from '../verify-signed-message.ts';
import type { TransportSettings } from './config.ts';
import type { WireReply, WireRequest } from './wire.ts';

/** A call after signing, as every attempt sends it; `path` is the signed path and query of `url`, as parsed. */
export interface SignedCall extends WireRequest {
  path: string;
  /** The request id the body carries, named by every error about this call (read from the body on first use). */
  readonly requestId: RequestIdRef | undefined;
}

/**
 * Request ids an answer may echo at its top level. When one is a string in both the request body and the response
 * body, the two must be equal, or the answer belongs to another call.
 */
export const ECHOED_REQUEST_IDS = ['paymentRequestId', 'refundRequestId', 'captureRequestId', 'paymentId'] as const;

/** `[METHOD] origin/path` (no query), used in error messages. */
export function context(request: SignedCall): string {
  return `[${request.method}] ${request.url.origin}${request.url.pathname}`;
}

/** Checks Antom's signature on a response; undefined when verification is switched off. */
export function checkResponseSignature(request: SignedCall, reply: WireReply, settings: TransportSettings): SignedMessageCheck | undefined {
  if (!settings.verifyResponses || settings.antomPublicKey === undefined) return undefined;
  // Checked on arrival where verification is asynchronous (transport/exchange.ts, checkingSignatures).
  if (reply.signatureCheck !== undefined) return reply.signatureCheck;
  return checkSignedMessage({
    method: request.method,
    path: request.path,
    clientId: settings.clientId,
    headers: reply.headers,
    timeHeader: 'response-time',
    body: reply.text,
    antomPublicKey: settings.antomPublicKey,
  });
}

/**
 * The checks of a 2xx JSON answer, in order: signature, then binding to this call (echoed request ids), then the
 * optional `response-time` window.
 *
 * @throws AntomSignatureError or AntomResponseMismatchError (with `attempts`).
 */
export function assertAnswerToCall(request: SignedCall, reply: WireReply, json: unknown, settings: TransportSettings, attempts: number): void {
  const signature = checkResponseSignature(request, reply, settings);
  // Built only on a throw: reading the request id parses the request body.
  const options = (): { attempts: number; requestId: RequestIdRef | undefined } => ({ attempts, requestId: request.requestId });
  if (signature?.ok === false) throw new AntomSignatureError(signature.reason, `response to ${context(request)}`, options());
  if (settings.matchResponseIds) {
    const field = mismatchedId(request.body, json);
    if (field !== undefined) {
      throw new AntomResponseMismatchError(field, `its ${field} differs from the request's`, `response to ${context(request)}`, options());
    }
  }
  if (settings.maxResponseAgeMs !== undefined) {
    const time = getHeader(reply.headers, 'response-time');
    const sentAt = time === undefined ? undefined : parseMessageTime(time);
    if (sentAt === undefined || Math.abs(settings.now() - sentAt) > settings.maxResponseAgeMs) {
      const problem = sentAt === undefined ? 'no readable response-time' : `response-time is more than ${settings.maxResponseAgeMs} ms from now`;
      throw new AntomResponseMismatchError('response-time', problem, `response to ${context(request)}`, options());
    }
  }
}

/** The first echoed id that differs between request and response body; the request is parsed only if needed. */
function mismatchedId(requestBody: string, json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const answer = json as Record<string, unknown>;
  if (!ECHOED_REQUEST_IDS.some((key) => typeof answer[key] === 'string')) return undefined;
  let sent: unknown;
  try {
    sent = JSON.parse(requestBody);
  } catch {
    return undefined;
  }
  if (typeof sent !== 'object' || sent === null) return undefined;
  const request = sent as Record<string, unknown>;
  return ECHOED_REQUEST_IDS.find((key) => typeof request[key] === 'string' && typeof answer[key] === 'string' && request[key] !== answer[key]);
}
