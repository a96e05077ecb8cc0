import { AntomConfigError, AntomResponseTooLargeError } from '../errors.ts';
import type { RequestIdRef } from '../errors.ts';
import { buildSignContent } from '../signing/sign-content.ts';
import { raceSignal } from './attempt-signal.ts';
import type { TransportSettings } from './config.ts';
import { attemptLine, signedContentLine } from './debug.ts';
import { finalError, judge } from './judge.ts';
import type { DeliveredResponse, Report, RetryableFailure } from './judge.ts';
import { requestIdOf } from './request-id.ts';
import { context } from './response-checks.ts';
import type { SignedCall } from './response-checks.ts';
import { backoffDelay } from './retry.ts';
import { countedCall, signedHeaders } from './sign-request.ts';
import { AttemptTimeout, BodyTooLarge } from './wire.ts';
import type { WireReply } from './wire.ts';

export type { DeliveredResponse } from './judge.ts';

/** One call to send: signed once, then every attempt sends exactly these bytes and headers. */
export interface OutgoingCall {
  method: string;
  /** Absolute URL; its path and query, as the URL parser normalises them, are what is sent and signed. */
  url: string;
  /** The exact body text (UTF-8 on the wire); empty for a call without a body. */
  body: string;
  /** Extra request headers; the four signed ones and those that frame the message are the transport's own. */
  headers?: Readonly<Record<string, string>> | undefined;
  signal?: AbortSignal | null | undefined;
  /** The operation this call is (`pay`, `refund`…), for `onAttempt` and the debug log; unset for `client.fetch`. */
  operationId?: string | undefined;
}

/** Sends one call with signing, per-attempt timeouts, retries and response verification. */
export type SignedSend = (call: OutgoingCall) => Promise<DeliveredResponse>;

/**
 * The attempt loop. Retried: network errors, timeouts, 5xx and 429 (after the jittered backoff, or after the
 * server's Retry-After on 429/503 when it fits in `retry.maxDelayMs`). Never retried: any 2xx (a JSON answer,
 * whatever its resultStatus, or a body that is not JSON), a body over `maxResponseBytes`, other 4xx, and signature
 * or binding failures. Every attempt sends the same signed bytes, so the same request id reaches Antom.
 */
export function createSend(settings: TransportSettings): SignedSend {
  return (call) => countedCall(() => sendCounted(call, settings));
}

/** One call: signed once, then the attempt loop. */
async function sendCounted(call: OutgoingCall, settings: TransportSettings): Promise<DeliveredResponse> {
  const method = call.method.toUpperCase();
  const url = callUrl(call.url);
  settings.scope?.(url);
  const path = `${url.pathname}${url.search}`;
  const request = signedCall(url, method, path, call.body, await signedHeaders(call, method, path, settings));
  const { operationId } = call;
  const { debug } = settings;
  if (debug) {
    const content = buildSignContent({ method, path, clientId: settings.clientId, time: request.headers['request-time'] ?? '', body: call.body });
    debug(signedContentLine(operationId, method, path, content));
  }
  const signal = call.signal ?? undefined;
  const { maxAttempts } = settings.retry;
  let durationMs = 0;
  const report: Report = (attempt, outcome, status, retryInMs) => {
    const info = { operationId, attempt, maxAttempts, method, url: url.href, durationMs, outcome, status, retryInMs };
    settings.onAttempt(info);
    if (debug) debug(attemptLine(info, path));
  };

  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw signal.reason;
    let failure: RetryableFailure;
    const started = performance.now();
    const carried = await carry(request, signal, settings);
    durationMs = performance.now() - started;
    if ('reply' in carried) {
      const judged = judge(request, carried.reply, attempt, settings, report);
      if ('delivered' in judged) return judged.delivered;
      failure = judged.failure;
    } else if (carried.error instanceof BodyTooLarge) {
      report(attempt, 'response-too-large', undefined);
      throw new AntomResponseTooLargeError(carried.error.limitBytes, context(request), { attempts: attempt, requestId: request.requestId });
    } else {
      failure = { outcome: carried.error instanceof AttemptTimeout ? 'timeout' : 'network-error', cause: carried.error, status: undefined };
    }

    const asked = failure.retryAfterMs;
    if (attempt >= maxAttempts || (asked !== undefined && asked > settings.retry.maxDelayMs)) {
      report(attempt, failure.outcome, failure.status);
      const why = attempt < maxAttempts ? ` (Retry-After asks for ${asked} ms, more than retry.maxDelayMs ${settings.retry.maxDelayMs})` : '';
      throw finalError(request, failure, attempt, settings.timeoutMs, why);
    }
    const delay = asked ?? backoffDelay(attempt, settings.retry, settings.random);
    report(attempt, failure.outcome, failure.status, delay);
    const sleeping = settings.sleep(delay, signal);
    await (signal ? raceSignal(sleeping, signal) : sleeping);
  }
}

/** The call as every attempt sends it. Its request id is read from the body only when an error asks for it. */
function signedCall(url: URL, method: string, path: string, body: string, headers: Record<string, string>): SignedCall {
  let requestId: RequestIdRef | undefined | null = null;
  return {
    url,
    method,
    headers,
    body,
    path,
    get requestId(): RequestIdRef | undefined {
      if (requestId === null) requestId = requestIdOf(body);
      return requestId;
    },
  };
}

/** One attempt over the exchange; the caller's abort is rethrown as is, any other failure is returned. */
async function carry(request: SignedCall, signal: AbortSignal | undefined, settings: TransportSettings): Promise<{ reply: WireReply } | { error: unknown }> {
  try {
    return { reply: await settings.exchange(request, { timeoutMs: settings.timeoutMs, signal, maxBytes: settings.maxResponseBytes }) };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { error };
  }
}

/** Parses the call's URL; a bad one is the caller's mistake, refused before anything is signed. */
function callUrl(text: string): URL {
  try {
    return new URL(text);
  } catch (error) {
    throw new AntomConfigError('fetch(url)', 'must be an absolute URL', { cause: error });
  }
}
