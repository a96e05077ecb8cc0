// A bare signed POST (no client library), for tests that send many bodies or bodies the typed client would not
// build. Signs with the test merchant key and checks the response signature with the test Antom public key.
import { buildSignContent, formatSignatureHeader, parsePrivateKey, parsePublicKey, parseSignatureHeader, signRsaSha256Async, verifyRsaSha256 } from '../../../src/index.ts';
import {
  ANTOM_TEST_PUBLIC_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PATH,
  TEST_CLIENT_ID,
  readTestKey,
} from '../../../sandbox/test-keys.ts';

export const PAY_PATH = '/ams/api/v1/payments/pay';
const merchantKey = parsePrivateKey(readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH));
const antomKey = parsePublicKey(readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH));

export interface SignedPostResult {
  status: number;
  headers: Headers;
  text: string;
  /** The response carried a signature that verifies over `POST <path>\n<client-id>.<response-time>.<body>`. */
  signatureValid: boolean;
}

export async function signedPost(origin: string, body: string, path = PAY_PATH, extraHeaders: Record<string, string> = {}): Promise<SignedPostResult> {
  const requestTime = String(Date.now());
  const content = buildSignContent({ method: 'POST', path, clientId: TEST_CLIENT_ID, time: requestTime, body });
  const signature = formatSignatureHeader({ keyVersion: 1, signature: await signRsaSha256Async(content, merchantKey) });
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=UTF-8', 'Client-Id': TEST_CLIENT_ID, 'Request-Time': requestTime, Signature: signature, ...extraHeaders },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, signatureValid: responseSignatureValid(path, response.headers, text) };
}

function responseSignatureValid(path: string, headers: Headers, body: string): boolean {
  const parsed = parseSignatureHeader(headers.get('signature') ?? '');
  const time = headers.get('response-time');
  if (parsed === undefined || time === null) return false;
  const content = buildSignContent({ method: 'POST', path, clientId: headers.get('client-id') ?? '', time, body });
  return verifyRsaSha256(content, parsed.signature, antomKey);
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
