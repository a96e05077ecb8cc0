import { AntomConfigError, isAntomError } from '../errors.ts';
import type { AntomFetchConfig } from './config.ts';
import { resolveTransportSettings } from './config.ts';
import { createSend } from './send.ts';
import type { SignedSend } from './send.ts';

export { attemptsOf } from './attempts.ts';
export type { AntomFetchConfig, AttemptInfo, AttemptOutcome } from './config.ts';
export type { DeliveredResponse, OutgoingCall, SignedSend } from './send.ts';

/** The signing transport, built once: `send` for prepared calls, `fetch` for `fetch(Request)` callers (openapi-fetch). */
export interface AntomTransport {
  readonly send: SignedSend;
  readonly fetch: (input: Request) => Promise<Response>;
}

/**
 * The one way to build the transport: validates the options and parses the keys once, then gives the send
 * function and its `fetch(Request)` face, which share everything (keys, exchange, retry policy, gateway scope).
 *
 * Each call is signed once (on the threadpool), sent with a per-attempt timeout and a response size limit,
 * retried on transport failures with the same bytes and headers, and its answer is checked: Antom's signature,
 * the echoed request ids and, when asked, the `response-time` window. With `baseUrl`, nothing off that gateway
 * is signed or sent.
 *
 * @throws AntomConfigError at creation for invalid options.
 */
export function createTransport(config: AntomFetchConfig): AntomTransport {
  const send = createSend(resolveTransportSettings(config));
  return { send, fetch: fetchFromSend(send) };
}

/** `createTransport(config).fetch`: the transport as the `fetch` given to openapi-fetch (or used directly). */
export function createAntomFetch(config: AntomFetchConfig): (input: Request) => Promise<Response> {
  return createTransport(config).fetch;
}

/** `createTransport(config).send`: the transport for calls already serialized. */
export function createSignedSend(config: AntomFetchConfig): SignedSend {
  return createTransport(config).send;
}

/**
 * Adapts a {@link SignedSend} to the `fetch(Request)` shape openapi-fetch and other clients call. Anything that is
 * not a readable Request is refused with AntomConfigError; so is a URL off the transport's gateway (by `send`).
 */
export function fetchFromSend(send: SignedSend): (input: Request) => Promise<Response> {
  return async function antomFetch(input: Request): Promise<Response> {
    if (!isRequestLike(input)) throw new AntomConfigError('fetch(input)', 'must be a Request');
    let headers: Record<string, string>;
    let body: string;
    try {
      headers = {};
      input.headers.forEach((value, name) => {
        headers[name] = value;
      });
      body = await input.text();
    } catch (error) {
      throw isAntomError(error) ? error : new AntomConfigError('fetch(input)', 'could not be read as a Request (headers and body text)', { cause: error });
    }
    const signal = input.signal instanceof AbortSignal ? input.signal : undefined;
    const delivered = await send({ method: input.method, url: input.url, body, headers, signal });
    return delivered.response;
  };
}

/** A Request from any realm (openapi-fetch may be given its own Request class): checked by shape, not class. */
function isRequestLike(input: unknown): input is Request {
  if (typeof input !== 'object' || input === null) return false;
  const candidate = input as Partial<Request>;
  return (
    typeof candidate.url === 'string' &&
    typeof candidate.method === 'string' &&
    typeof candidate.text === 'function' &&
    typeof (candidate.headers as Headers | undefined)?.forEach === 'function'
  );
}
