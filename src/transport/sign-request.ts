import { AntomConfigError } from '../errors.ts';
import { buildSignContent } from '../signing/sign-content.ts';
import { signRsaSha256Async } from '../signing/rsa.ts';
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

/**
 * The signed header set. Signing starts first and runs on the threadpool; the rest of the headers are built on
 * the event loop meanwhile.
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
