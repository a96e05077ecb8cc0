import { validateHeaderName, validateHeaderValue } from 'node:http';
import { raceSignal } from './attempt-signal.ts';
import { recordAttempts } from './attempts.ts';
import { AttemptTimeout } from './exchange.ts';
import type { WireReply, WireRequest } from './exchange.ts';
import { AntomConfigError, AntomHttpError, AntomNetworkError, AntomSignatureError, AntomTimeoutError } from './errors.ts';
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
/**
 * Headers a caller's value is dropped for: the four the transport signs and writes itself, and the ones that frame
 * the message or pick the host (set by the HTTP stack from the URL and the body).
 */
const OWN_HEADERS = new Set([
  'content-type',
  'client-id',
  'request-time',
  'signature',
  'content-length',
  'transfer-encoding',
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'te',
  'trailer',
  'expect',
]);

/** One call to send: signed once, then every attempt sends exactly these bytes and headers. */
export interface OutgoingCall {
  method: string;
  /** Absolute URL; its path and query, as the URL parser normalises them, are what is sent and signed. */
  url: string;
  /** The exact body text (UTF-8 on the wire); empty for a call without a body. */
  body: string;
  /** Extra request headers; see {@link OWN_HEADERS} for the ones a caller cannot set. */
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

type AttemptResult =
  | { kind: 'response'; reply: WireReply }
  | { kind: 'network-error' | 'timeout'; error: unknown };

interface RetryableFailure {
  outcome: Exclude<AttemptOutcome, 'ok' | 'http-error' | 'signature-error'>;
  cause: unknown;
  status: number | undefined;
}

/**
 * Creates the signing transport: signs each call once (on the threadpool, while the headers are being built),
 * sends it with a per-attempt timeout, retries transport failures (network errors, timeouts, 5xx/429, 2xx
 * bodies that are not JSON) with the same bytes and headers, and verifies Antom's response signature.
 *
 * A 2xx JSON response is never retried, whatever its `result.resultStatus` says.
 *
 * @throws AntomConfigError at creation for invalid options.
 * @throws (returned function) AntomTimeoutError / AntomNetworkError after the last failed attempt,
 *   AntomHttpError for a non-retryable non-2xx status, AntomSignatureError for a bad 2xx response signature,
 *   or the caller's abort reason when `call.signal` aborts.
 */
export function createSignedSend(config: AntomFetchConfig): SignedSend {
  const settings = resolveTransportSettings(config);

  return async function send(call: OutgoingCall): Promise<DeliveredResponse> {
    const method = call.method.toUpperCase();
    const url = new URL(call.url);
    const path = `${url.pathname}${url.search}`;
    const headers = await signedHeaders(call, method, path, settings);
    const request: SignedCall = { url, method, headers, body: call.body, path };
    const signal = call.signal ?? undefined;
    const { maxAttempts } = settings.retry;
    const report = (attempt: number, outcome: AttemptOutcome, status: number | undefined, retryInMs?: number): void =>
      settings.onAttempt({ attempt, maxAttempts, method, url: url.href, outcome, status, retryInMs });

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw signal.reason;
      const result = await sendOnce(request, signal, settings);
      let failure: RetryableFailure;

      if (result.kind === 'response') {
        const { reply } = result;
        const { status, text } = reply;
        if (status >= 200 && status < 300) {
          const parsed = parseJson(text);
          if (parsed.ok) {
            const check = checkResponse(request, reply, settings);
            if (check?.ok === false) {
              report(attempt, 'signature-error', status);
              throw new AntomSignatureError(check.reason, `response to ${context(request)}`, { attempts: attempt });
            }
            report(attempt, 'ok', status);
            return delivered(reply, parsed.value, attempt);
          }
          failure = { outcome: 'invalid-json', cause: parsed.error, status };
        } else {
          const httpError = new AntomHttpError({
            context: context(request),
            status,
            bodyText: text,
            verified: checkResponse(request, reply, settings)?.ok === true,
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
      const sleeping = settings.sleep(delay, signal);
      await (signal ? raceSignal(sleeping, signal) : sleeping);
    }
  };
}

/**
 * Builds the `fetch` given to openapi-fetch (or used directly): the request's body and URL go through
 * {@link createSignedSend}, and the verified response comes back with its body readable again.
 */
export function createAntomFetch(config: AntomFetchConfig): (input: Request) => Promise<Response> {
  return fetchFromSend(createSignedSend(config));
}

/** Adapts a {@link SignedSend} to the `fetch(Request)` shape openapi-fetch and other clients call. */
export function fetchFromSend(send: SignedSend): (input: Request) => Promise<Response> {
  return async function antomFetch(input: Request): Promise<Response> {
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const delivered = await send({
      method: input.method,
      url: input.url,
      body: await input.text(),
      headers,
      signal: input.signal,
    });
    return delivered.response;
  };
}

/**
 * The signed header set. Signing starts first and runs on the threadpool; the rest of the headers are built on
 * the event loop meanwhile.
 */
async function signedHeaders(call: OutgoingCall, method: string, path: string, settings: TransportSettings): Promise<Record<string, string>> {
  const requestTime = String(settings.now());
  const content = buildSignContent({ method, path, clientId: settings.clientId, time: requestTime, body: call.body });
  const signing = signRsaSha256Async(content, settings.privateKey);
  const headers: Record<string, string> = {};
  try {
    if (call.headers) {
      for (const [name, value] of Object.entries(call.headers)) {
        // Checked as given: lower-casing could turn an invalid name valid (U+212A KELVIN SIGN becomes "k").
        checkHeader(name, value);
        const lower = name.toLowerCase();
        if (!OWN_HEADERS.has(lower)) headers[lower] = value;
      }
    }
    headers['content-type'] = CONTENT_TYPE;
    headers['client-id'] = settings.clientId;
    headers['request-time'] = requestTime;
  } catch (error) {
    signing.catch(() => undefined);
    throw error;
  }
  headers['signature'] = formatSignatureHeader({ keyVersion: settings.keyVersion, signature: await signing });
  return headers;
}

/** A call after signing, as every attempt sends it; `path` is the signed path and query of `url`, as parsed. */
interface SignedCall extends WireRequest {
  path: string;
}

/** A caller's header must be sendable as is: a bad one is a programming error, not a network failure to retry. */
function checkHeader(name: string, value: string): void {
  try {
    validateHeaderName(name);
    validateHeaderValue(name, value);
  } catch (error) {
    throw new AntomConfigError(`headers.${name}`, 'is not a valid HTTP header name or value', { cause: error });
  }
}

async function sendOnce(request: SignedCall, callerSignal: AbortSignal | undefined, settings: TransportSettings): Promise<AttemptResult> {
  try {
    return { kind: 'response', reply: await settings.exchange(request, { timeoutMs: settings.timeoutMs, signal: callerSignal }) };
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    return { kind: error instanceof AttemptTimeout ? 'timeout' : 'network-error', error };
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

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** `[METHOD] origin/path` (no query), used in error messages. */
function context(request: SignedCall): string {
  return `[${request.method}] ${request.url.origin}${request.url.pathname}`;
}

/** Checks Antom's signature on a response; undefined when verification is switched off. */
function checkResponse(request: SignedCall, reply: WireReply, settings: TransportSettings): SignedMessageCheck | undefined {
  if (!settings.verifyResponses || settings.antomPublicKey === undefined) return undefined;
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

function finalError(request: SignedCall, failure: RetryableFailure, attempts: number, timeoutMs: number): Error {
  const prefix = `${context(request)} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
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
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
