// A request built the way Antom's official SDKs build it (Python: json.dumps(indent=3), ISO 8601 Request-Time,
// lower-case headers, the SDKs' Accept list), signed by hand with node:crypto and sent with plain fetch; the
// response is verified by hand the Python way (client ID taken from the response's client-id header).
// Deliberately uses none of src/, so it checks the mock against the protocol, not against our own client.
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import {
  ANTOM_TEST_PUBLIC_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PATH,
  TEST_CLIENT_ID,
  TEST_SANDBOX_CLIENT_ID,
  readTestKey,
} from '../../sandbox/test-keys.ts';
import { requestExample, validatorFor } from './helpers/spec.ts';

const mockUrl = inject('mockUrl');
const merchantKey = createPrivateKey(readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH));
const antomKey = createPublicKey(readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH));
const validatePayResponse = validatorFor('PayResponse');

/** Python's `json.dumps(value, indent=3)`: same layout as JSON.stringify, non-ASCII escaped (ensure_ascii). */
function pythonJsonDumps(value: unknown): string {
  return JSON.stringify(value, null, 3).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `quote_plus(base64(SHA256withRSA(content)))`, as the SDKs format the signature value. */
function sdkSignature(content: string): string {
  const base64 = sign('sha256', Buffer.from(content, 'utf8'), merchantKey).toString('base64');
  return encodeURIComponent(base64);
}

const cases = [
  { clientId: TEST_CLIENT_ID, path: '/ams/api/v1/payments/pay' },
  // The SDKs rewrite /ams/api to /ams/sandbox/api for SANDBOX_ client IDs before signing.
  { clientId: TEST_SANDBOX_CLIENT_ID, path: '/ams/sandbox/api/v1/payments/pay' },
];

describe('a request made the way the official SDKs make it', () => {
  it.each(cases)(
    'when $clientId sends a pretty-printed body with an ISO 8601 Request-Time and the SDK Accept list to $path, then the mock answers JSON whose signature verifies',
    async ({ clientId, path }) => {
      const body = pythonJsonDumps({ ...requestExample(), paymentRequestId: `sdk-style-${clientId}`, orderNote: 'Café für zwei' });
      const requestTime = '2024-12-01T08:15:30+00:00';
      const signature = sdkSignature(`POST ${path}\n${clientId}.${requestTime}.${body}`);

      const response = await fetch(`${mockUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': clientId,
          'request-time': requestTime,
          signature: `algorithm=RSA256,keyVersion=1,signature=${signature}`,
          accept: 'text/plain,text/xml,text/javascript,text/html',
          'user-agent': 'global-open-sdk-python-style-test',
        },
        body,
      });
      const text = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const data = JSON.parse(text) as { result?: { resultCode?: string } };
      expect(validatePayResponse(data), JSON.stringify(validatePayResponse.errors)).toBe(true);
      expect(data.result?.resultCode).toBe('PAYMENT_IN_PROCESS');

      const responseClientId = response.headers.get('client-id') ?? '';
      const responseTime = response.headers.get('response-time') ?? '';
      const signatureHeader = response.headers.get('signature') ?? '';
      expect(responseClientId).toBe(clientId);
      const encoded = signatureHeader.slice(signatureHeader.indexOf('signature=') + 'signature='.length);
      const signed = Buffer.from(`POST ${path}\n${responseClientId}.${responseTime}.${text}`, 'utf8');
      expect(verify('sha256', signed, antomKey, Buffer.from(decodeURIComponent(encoded), 'base64'))).toBe(true);
    },
  );
});
