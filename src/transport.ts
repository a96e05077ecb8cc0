import { raceSignal, createAttemptSignal } from './attempt-signal.ts';
import { recordAttempts } from './attempts.ts';
import { AntomHttpError, AntomNetworkError, AntomSignatureError, AntomTimeoutError } from './errors.ts';
import { backoffDelay } from './retry.ts';
import { buildSignContent } from './signing/sign-content.ts';
import { signRsaSha256Async } from './signing/rsa.ts';
import { formatSignatureHeader } from './signing/signature-header.ts';
import type { AntomFetchConfig, AttemptOutcome, TransportSettings } from './transport-config.ts';
import { resolveTransportSettings } from './transport-config.ts';
import type { SignedMessageCheck } from './verify-signed-message.ts';
import { checkSignedMessage } from './verify-signed-message.ts';

export { attemptsOf } from './attempts.ts';
export type { AntomFetchConfig, AttemptInfo, AttemptOutcome } from './transport-config.ts';

const CONTENT_TYPE = 'application/json; charset=UTF-8';
/** Headers that described the original wire encoding and no longer match the rebuilt response. */
const STALE_RESPONSE_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding'];

/** A request signed once; every attempt sends exactly these bytes and headers. */
interface SignedRequest {
  url: string;
  method: string;
  path: string;
  body: string;
  headers: Headers;
  /** `[METHOD] origin/path`, used in error messages. */
  context: string;
}

type AttemptResult =
  | { kind: 'response'; response: Response; text: string }
  | { kind: 'network-error' | 'timeout'; error: unknown };

interface RetryableFailure {
  outcome: Exclude<AttemptOutcome, 'ok' | 'http-error' | 'signature-error'>;
  cause: unknown;
  status: number | undefined;
}

/**
 * Builds the `fetch` given to openapi-fetch: signs each request once, sends it with a per-attempt
 * timeout, retries transport failures (network errors, timeouts, 5xx/429, 2xx bodies that are not JSON)
 * with the same bytes and headers, and verifies Antom's response signature.
 *
 * A 2xx JSON response is never retried, whatever its `result.resultStatus` says.
 *
 * @throws AntomConfigError at creation for invalid options.
 * @throws (returned function) AntomTimeoutError / AntomNetworkError after the last failed attempt,
 *   AntomHttpError for a non-retryable non-2xx status, AntomSignatureError for a bad 2xx response signature,
 *   or the caller's abort reason when `input.signal` aborts.
 */
export function createAntomFetch(config: AntomFetchConfig): (input: Request) => Promise<Response> {
  const settings = resolveTransportSettings(config);

  return async function antomFetch(input: Request): Promise<Response> {
    const request = await signRequest(input, settings);
    const { maxAttempts } = settings.retry;
    const report = (attempt: number, outcome: AttemptOutcome, status: number | undefined, retryInMs?: number): void =>
      settings.onAttempt({ attempt, maxAttempts, method: request.method, url: request.url, outcome, status, retryInMs });

    for (let attempt = 1; ; attempt += 1) {
      if (input.signal.aborted) throw input.signal.reason;
      const result = await sendOnce(request, input.signal, settings);
      let failure: RetryableFailure;

      if (result.kind === 'response') {
        const { response, text } = result;
        const status = response.status;
        if (status >= 200 && status < 300) {
          const jsonError = jsonParseError(text);
          if (jsonError === undefined) {
            const check = checkResponse(request, response, text, settings);
            if (check?.ok === false) {
              report(attempt, 'signature-error', status);
              throw new AntomSignatureError(check.reason, `response to ${request.context}`, { attempts: attempt });
            }
            report(attempt, 'ok', status);
            return rebuildResponse(response, text, attempt);
          }
          failure = { outcome: 'invalid-json', cause: jsonError, status };
        } else {
          const httpError = new AntomHttpError({
            context: request.context,
            status,
            bodyText: text,
            verified: checkResponse(request, response, text, settings)?.ok === true,
            attempts: attempt,
          });
          if (status !== 429 && status < 500) {
            report(attempt, 'http-error', status);
            throw httpError;
          }
          failure = { outcome: 'retryable-status', cause: httpError, status };
        }
      } else {
        failure = { outcome: result.kind, cause: result.error, status: undefined };
      }

      if (attempt >= maxAttempts) {
        report(attempt, failure.outcome, failure.status);
        throw finalError(request, failure, attempt, settings.timeoutMs);
      }
      const delay = backoffDelay(attempt, settings.retry, settings.random);
      report(attempt, failure.outcome, failure.status, delay);
      await raceSignal(settings.sleep(delay, input.signal), input.signal);
    }
  };
}

async function signRequest(input: Request, settings: TransportSettings): Promise<SignedRequest> {
  const body = ownBodyText(input) ?? (await input.text());
  const url = new URL(input.url);
  const path = `${url.pathname}${url.search}`;
  const method = input.method.toUpperCase();
  const requestTime = String(settings.now());
  const content = buildSignContent({ method, path, clientId: settings.clientId, time: requestTime, body });
  const signature = await signRsaSha256Async(content, settings.privateKey);

  const headers = new Headers(input.headers);
  headers.set('Content-Type', CONTENT_TYPE);
  headers.set('Client-Id', settings.clientId);
  headers.set('Request-Time', requestTime);
  headers.set('Signature', formatSignatureHeader({ keyVersion: settings.keyVersion, signature }));
  return { url: url.href, method, path, body, headers, context: `[${method}] ${url.origin}${url.pathname}` };
}

/** The client passes a Request subclass carrying the serialized body, so the stream is never re-read. */
function ownBodyText(input: Request): string | undefined {
  if (!Object.hasOwn(input, 'bodyText')) return undefined;
  const value: unknown = (input as Request & { bodyText?: unknown }).bodyText;
  return typeof value === 'string' ? value : undefined;
}

async function sendOnce(request: SignedRequest, callerSignal: AbortSignal, settings: TransportSettings): Promise<AttemptResult> {
  const deadline = createAttemptSignal(settings.timeoutMs, callerSignal);
  try {
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    // (url, init) rather than a Request: undici would otherwise build and wrap a second Request per attempt.
    const response = await raceSignal(
      settings.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: hasBody ? request.body : undefined,
        signal: deadline.signal,
        redirect: 'manual',
      }),
      deadline.signal,
    );
    // The deadline also covers the body, so a stalled stream counts as a timeout.
    const text = await raceSignal(response.text(), deadline.signal, () => {
      response.body?.cancel().catch(() => undefined);
    });
    return { kind: 'response', response, text };
  } catch (error) {
    if (callerSignal.aborted) throw callerSignal.reason;
    return { kind: deadline.timedOut() ? 'timeout' : 'network-error', error };
  } finally {
    deadline.dispose();
  }
}

function jsonParseError(text: string): unknown {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Checks Antom's signature on a response; undefined when verification is switched off. */
function checkResponse(request: SignedRequest, response: Response, text: string, settings: TransportSettings): SignedMessageCheck | undefined {
  if (!settings.verifyResponses || settings.antomPublicKey === undefined) return undefined;
  return checkSignedMessage({
    method: request.method,
    path: request.path,
    clientId: settings.clientId,
    headers: response.headers,
    timeHeader: 'response-time',
    body: text,
    antomPublicKey: settings.antomPublicKey,
  });
}

function rebuildResponse(original: Response, text: string, attempts: number): Response {
  const headers = new Headers(original.headers);
  for (const name of STALE_RESPONSE_HEADERS) headers.delete(name);
  const response = new Response(text, { status: original.status, statusText: original.statusText, headers });
  recordAttempts(response, attempts);
  return response;
}

function finalError(request: SignedRequest, failure: RetryableFailure, attempts: number, timeoutMs: number): Error {
  const prefix = `${request.context} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  const options = { cause: failure.cause, attempts };
  switch (failure.outcome) {
    case 'timeout':
      return new AntomTimeoutError(`${prefix}: no complete response within ${timeoutMs} ms`, options);
    case 'retryable-status':
      return new AntomNetworkError(`${prefix}: last response was HTTP ${failure.status}`, options);
    case 'invalid-json':
      return new AntomNetworkError(`${prefix}: HTTP ${failure.status} body was not valid JSON`, options);
    case 'network-error':
      return new AntomNetworkError(`${prefix}: ${describe(failure.cause)}`, options);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
