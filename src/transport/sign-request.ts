import { AntomConfigError } from '../errors.ts';
import { buildSignContent } from '../signing/sign-content.ts';
import { nodeCryptoForSigning } from '../platform/runtime.ts';
import { signRsaSha256, signRsaSha256Async } from '../signing/rsa.ts';
import { formatSignatureHeader } from '../signing/signature-header.ts';
import type { TransportSettings } from './config.ts';

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

/** Calls of every client in this process between their start and their end (answer, error or abort). */
let callsInFlight = 0;

/** Runs one call, counted in flight from its start until it settles (answer, error or abort). */
export async function countedCall<T>(run: () => Promise<T>): Promise<T> {
  callsInFlight += 1;
  try {
    return await run();
  } finally {
    callsInFlight -= 1;
  }
}

/**
 * The largest key signed in place. One signature on Node 20 here: 2048 bits 0.32 ms, 3072 bits 2.0 ms, 4096 bits
 * 4.7 ms, while the hand-off stays ~0.1 ms: with a larger key, in place would block the event loop for milliseconds
 * to save a few per cent.
 */
const IN_PLACE_MAX_BITS = 2048;

/**
 * The call's signature. A call alone in flight signs in place where node:crypto signs (Node, Bun), with a key of at
 * most {@link IN_PLACE_MAX_BITS}: handing one RSA-2048 signature to the threadpool and back cost 43-136 µs of latency
 * on Node and ~120 µs on Bun, where nothing else was waiting to use the event loop meanwhile (docs/benchmarks.md,
 * "signing in place when alone").
 * With other calls in flight it goes to the threadpool (callback form), so that signatures run on other cores
 * while the event loop carries the rest: 1.44x the throughput of in-place signing at 8 calls in flight, and a
 * third of the event-loop delay. Elsewhere (Deno, workerd, edge runtimes) it is Web Crypto's, asynchronous.
 */
async function signCall(content: string, key: TransportSettings['privateKey']): Promise<string> {
  // In place, the signature is made before the first await, so before signedHeaders builds the other headers; a
  // failure rejects the promise like an asynchronous one.
  if (callsInFlight <= 1 && key.modulusLength <= IN_PLACE_MAX_BITS && nodeCryptoForSigning() !== undefined) return signRsaSha256(content, key);
  return signRsaSha256Async(content, key);
}

/**
 * The signed header set. Signing starts first (see {@link signCall}); the rest of the headers are built on the
 * event loop meanwhile when it runs on the threadpool.
 *
 * @throws AntomConfigError for a caller header that could not be sent as is.
 */
export async function signedHeaders(
  call: { body: string; headers?: Readonly<Record<string, string>> | undefined },
  method: string,
  path: string,
  settings: TransportSettings,
): Promise<Record<string, string>> {
  const requestTime = String(settings.now());
  const content = buildSignContent({ method, path, clientId: settings.clientId, time: requestTime, body: call.body });
  const signing = signCall(content, settings.privateKey);
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

/** A header name: an RFC 9110 token (the same rule as node:http's validateHeaderName). */
const HEADER_NAME = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
/** A character a header value cannot carry (node:http's validateHeaderValue rule: no controls but tab, nothing above U+00FF). */
const INVALID_VALUE_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * A caller's header must be sendable as is, by node:http and by every `fetch`: a bad one is a programming error,
 * not a network failure to retry. Checked here on every runtime, with node:http's rules.
 */
function checkHeader(name: string, value: string): void {
  if (!HEADER_NAME.test(name) || typeof value !== 'string' || INVALID_VALUE_CHAR.test(value)) {
    throw new AntomConfigError(`headers.${name}`, 'is not a valid HTTP header name or value');
  }
}
