// What one attempt's answer means for the call: delivered, worth another attempt, or a final error.
import { AntomHttpError, AntomNetworkError, AntomTimeoutError } from '../errors.ts';
import { getHeader } from '../header-lookup.ts';
import { recordAttempts } from './attempts.ts';
import type { AttemptOutcome, TransportSettings } from './config.ts';
import { assertAnswerToCall, checkResponseSignature, context } from './response-checks.ts';
import type { SignedCall } from './response-checks.ts';
import { RETRY_AFTER_STATUSES, retryAfterMs } from './retry-after.ts';
import type { WireReply } from './wire.ts';

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

/** An attempt that may be retried: what went wrong, and the wait the server asked for (429/503 Retry-After). */
export interface RetryableFailure {
  outcome: 'network-error' | 'timeout' | 'retryable-status';
  cause: unknown;
  status: number | undefined;
  retryAfterMs?: number | undefined;
}

/** Reports one attempt to `onAttempt` and the debug log. */
export type Report = (attempt: number, outcome: AttemptOutcome, status: number | undefined, retryInMs?: number) => void;

/** Decides what a response means: delivered, a retryable failure, or (thrown) a final error. */
export function judge(request: SignedCall, reply: WireReply, attempt: number, settings: TransportSettings, report: Report): { delivered: DeliveredResponse } | { failure: RetryableFailure } {
  const { status, text } = reply;
  if (status >= 200 && status < 300) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // Not retried: a 2xx that is not JSON would be downloaded again for nothing (it is no transient failure).
      report(attempt, 'invalid-json', status);
      throw new AntomNetworkError(`${context(request)} failed after ${plural(attempt)}: HTTP ${status} body was not valid JSON`, {
        cause: error,
        attempts: attempt,
        requestId: request.requestId,
      });
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
    requestId: request.requestId,
  });
  if (status !== 429 && status < 500) {
    report(attempt, 'http-error', status);
    throw httpError;
  }
  const retryAfter = RETRY_AFTER_STATUSES.has(status) ? retryAfterMs(getHeader(reply.headers, 'retry-after'), settings.now()) : undefined;
  return { failure: { outcome: 'retryable-status', cause: httpError, status, retryAfterMs: retryAfter } };
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

export function finalError(request: SignedCall, failure: RetryableFailure, attempts: number, timeoutMs: number, why: string): Error {
  const prefix = `${context(request)} failed after ${plural(attempts)}`;
  const options = { cause: failure.cause, attempts, requestId: request.requestId };
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
