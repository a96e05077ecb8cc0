import { AntomConfigError, AntomHttpError, AntomNetworkError, AntomResponseTooLargeError, AntomTimeoutError } from '../errors.ts';
import { getHeader } from '../header-lookup.ts';
import { raceSignal } from './attempt-signal.ts';
import { recordAttempts } from './attempts.ts';
import type { AttemptOutcome, TransportSettings } from './config.ts';
import { assertAnswerToCall, checkResponseSignature, context } from './response-checks.ts';
import type { SignedCall } from './response-checks.ts';
import { RETRY_AFTER_STATUSES, retryAfterMs } from './retry-after.ts';
import { backoffDelay } from './retry.ts';
import { signedHeaders } from './sign-request.ts';
import { AttemptTimeout, BodyTooLarge } from './wire.ts';
import type { WireReply } from './wire.ts';

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
}

/** A verified 2xx JSON response: `text` is its body, `json` that body parsed. */
export interface DeliveredResponse {
  /**
   * The response, its body still readable; `attemptsOf(response)` gives the attempt count. Built on first read:
   * a `Response` and its `Headers` cost more than the rest of the client's own work per call.
   */
  readonly response: Response;
  text: string;
  json: unknown;
  attempts: number;
}

/** Sends one call with signing, per-attempt timeouts, retries and response verification. */
export type SignedSend = (call: OutgoingCall) => Promise<DeliveredResponse>;

/** An attempt that may be retried: what went wrong, and the wait the server asked for (429/503 Retry-After). */
interface RetryableFailure {
  outcome: 'network-error' | 'timeout' | 'retryable-status';
  cause: unknown;
  status: number | undefined;
  retryAfterMs?: number | undefined;
}

/**
 * The attempt loop. Retried: network errors, timeouts, 5xx and 429 (after the jittered backoff, or after the
 * server's Retry-After on 429/503 when it fits in `retry.maxDelayMs`). Never retried: any 2xx (a JSON answer,
 * whatever its resultStatus, or a body that is not JSON), a body over `maxResponseBytes`, other 4xx, and signature
 * or binding failures. Every attempt sends the same signed bytes, so the same request id reaches Antom.
 */
export function createSend(settings: TransportSettings): SignedSend {
  return async function send(call: OutgoingCall): Promise<DeliveredResponse> {
    const method = call.method.toUpperCase();
    const url = callUrl(call.url);
    settings.scope?.(url);
    const path = `${url.pathname}${url.search}`;
    const request: SignedCall = { url, method, headers: await signedHeaders(call, method, path, settings), body: call.body, path };
    const signal = call.signal ?? undefined;
    const { maxAttempts } = settings.retry;
    const report = (attempt: number, outcome: AttemptOutcome, status: number | undefined, retryInMs?: number): void =>
      settings.onAttempt({ attempt, maxAttempts, method, url: url.href, outcome, status, retryInMs });

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw signal.reason;
      let failure: RetryableFailure;
      const carried = await carry(request, signal, settings);
      if ('reply' in carried) {
        const judged = judge(request, carried.reply, attempt, settings, report);
        if ('delivered' in judged) return judged.delivered;
        failure = judged.failure;
      } else if (carried.error instanceof BodyTooLarge) {
        report(attempt, 'response-too-large', undefined);
        throw new AntomResponseTooLargeError(carried.error.limitBytes, context(request), { attempts: attempt });
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

type Report = (attempt: number, outcome: AttemptOutcome, status: number | undefined, retryInMs?: number) => void;

/** Decides what a response means: delivered, a retryable failure, or (thrown) a final error. */
function judge(request: SignedCall, reply: WireReply, attempt: number, settings: TransportSettings, report: Report): { delivered: DeliveredResponse } | { failure: RetryableFailure } {
  const { status, text } = reply;
  if (status >= 200 && status < 300) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // Not retried: a 2xx that is not JSON would be downloaded again for nothing (it is no transient failure).
      report(attempt, 'invalid-json', status);
      throw new AntomNetworkError(`${context(request)} failed after ${plural(attempt)}: HTTP ${status} body was not valid JSON`, { cause: error, attempts: attempt });
    }
    try {
      assertAnswerToCall(request, reply, json, settings, attempt);
    } catch (error) {
      report(attempt, (error as Error).name === 'AntomSignatureError' ? 'signature-error' : 'response-mismatch', status);
      throw error;
    }
    report(attempt, 'ok', status);
    return { delivered: delivered(reply, json, attempt) };
  }
  const httpError = new AntomHttpError({
    context: context(request),
    status,
    bodyText: text,
    verified: checkResponseSignature(request, reply, settings)?.ok === true,
    attempts: attempt,
  });
  if (status !== 429 && status < 500) {
    report(attempt, 'http-error', status);
    throw httpError;
  }
  const retryAfter = RETRY_AFTER_STATUSES.has(status) ? retryAfterMs(getHeader(reply.headers, 'retry-after'), settings.now()) : undefined;
  return { failure: { outcome: 'retryable-status', cause: httpError, status, retryAfterMs: retryAfter } };
}

/** Parses the call's URL; a bad one is the caller's mistake, refused before anything is signed. */
function callUrl(text: string): URL {
  try {
    return new URL(text);
  } catch (error) {
    throw new AntomConfigError('fetch(url)', 'must be an absolute URL', { cause: error });
  }
}

function delivered(reply: WireReply, json: unknown, attempts: number): DeliveredResponse {
  let response: Response | undefined;
  return {
    text: reply.text,
    json,
    attempts,
    get response(): Response {
      if (response === undefined) {
        response = reply.toResponse();
        recordAttempts(response, attempts);
      }
      return response;
    },
  };
}

function plural(attempts: number): string {
  return `${attempts} attempt${attempts === 1 ? '' : 's'}`;
}

function finalError(request: SignedCall, failure: RetryableFailure, attempts: number, timeoutMs: number, why: string): Error {
  const prefix = `${context(request)} failed after ${plural(attempts)}`;
  const options = { cause: failure.cause, attempts };
  switch (failure.outcome) {
    case 'timeout':
      return new AntomTimeoutError(`${prefix}: no complete response within ${timeoutMs} ms`, options);
    case 'retryable-status':
      return new AntomNetworkError(`${prefix}: last response was HTTP ${failure.status}${why}`, options);
    case 'network-error':
      return new AntomNetworkError(`${prefix}: ${describe(failure.cause)}`, options);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
