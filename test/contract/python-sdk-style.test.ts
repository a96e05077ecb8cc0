// A pay call made the way Antom's Python SDK (global-open-sdk-python, default_alipay_client + default_http_rpc)
// makes it. Its transport always opens HTTPS to the gateway host on port 443 with an unverified context and hands
// http.client the whole URL, so the request line carries the absolute form `POST https://127.0.0.1/ams/api/...`.
// Here the connection goes to the mock's free HTTPS port instead of 443 (the only deviation); a plain-HTTP case is
// kept for clients that reuse the SDK's signing with their own transport. Body: json.dumps(indent=3); Request-Time:
// ISO 8601 with +00:00; header names spelled as the SDK's dict; merchant key as bare base64 PKCS#1. The response is
// verified as the SDK does: headers matched by exact lower-case name, client ID taken from the response's client-id.
import { readFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import {
  ANTOM_TEST_PUBLIC_KEY_B64_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH,
  TEST_CLIENT_ID,
  TEST_SANDBOX_CLIENT_ID,
} from '../../sandbox/test-keys.ts';
import { rawRequest } from './helpers/raw-request.ts';
import { pythonJsonDumps, pythonResponseSignature, sdkSignatureValue, sdkVerify, signContent } from './helpers/sdk-wire.ts';
import { requestExample, validatorFor } from './helpers/spec.ts';

const origins = { https: inject('mockHttpsUrl'), http: inject('mockUrl') };
const merchantKey = createPrivateKey({ key: Buffer.from(readFileSync(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH, 'utf8'), 'base64'), format: 'der', type: 'pkcs1' });
const antomKey = createPublicKey({ key: Buffer.from(readFileSync(ANTOM_TEST_PUBLIC_KEY_B64_PATH, 'utf8'), 'base64'), format: 'der', type: 'spki' });
const validatePayResponse = validatorFor('PayResponse');

/** `datetime.fromtimestamp(int(time.time()), tz=timezone.utc).isoformat()`, e.g. `2024-12-01T08:15:30+00:00`. */
function pythonIsoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** What `__parse_header` finds in `response.getheaders()`: names compared exactly, so only lower-case ones count. */
function parseHeaderPython(pairs: Array<[string, string]>): { signature?: string; responseTime?: string; clientId?: string } {
  const found: { signature?: string; responseTime?: string; clientId?: string } = {};
  for (const [name, value] of pairs) {
    if (name === 'signature' && value) found.signature = pythonResponseSignature(value);
    if (name === 'response-time') found.responseTime = value;
    if (name === 'client-id') found.clientId = value;
  }
  return found;
}

const cases = [
  { transport: 'https', clientId: TEST_CLIENT_ID, path: '/ams/api/v1/payments/pay' },
  // adjust_sandbox_url: SANDBOX_ client IDs go to /ams/sandbox/api, signed as sent.
  { transport: 'https', clientId: TEST_SANDBOX_CLIENT_ID, path: '/ams/sandbox/api/v1/payments/pay' },
  { transport: 'http', clientId: TEST_CLIENT_ID, path: '/ams/api/v1/payments/pay' },
] as const;

describe('a pay call made the way the Python SDK makes it', () => {
  it.each(cases)(
    'when $clientId posts to $path over $transport with an absolute-form request target, then the answer is PAYMENT_IN_PROCESS and verifies the Python way',
    async ({ transport, clientId, path }) => {
      const body = pythonJsonDumps({ ...requestExample(), paymentRequestId: `python-style-${transport}-${clientId}`, orderNote: 'Café für zwei' });
      const requestTime = pythonIsoNow();
      const signature = sdkSignatureValue(signContent('POST', path, clientId, requestTime, body), merchantKey);
      const gatewayUrl = `${transport}://127.0.0.1`;

      const response = await rawRequest({
        origin: origins[transport],
        target: `${gatewayUrl}${path}`,
        headers: {
          Host: '127.0.0.1',
          'Content-type': 'application/json; charset=UTF-8',
          Accept: 'text/plain,text/xml,text/javascript,text/html',
          'Cache-Control': 'no-cache',
          Connection: 'Keep-Alive',
          'User-Agent': 'global-open-sdk-python-style-test',
          'Request-Time': requestTime,
          'client-id': clientId,
          Signature: `algorithm=RSA256,keyVersion=1,signature=${signature}`,
        },
        body,
        tls: { rejectUnauthorized: false },
      });

      expect(response.status, response.text).toBe(200);
      const data = JSON.parse(response.text) as { result?: { resultCode?: string }; normalUrl?: string };
      expect(validatePayResponse(data), JSON.stringify(validatePayResponse.errors)).toBe(true);
      expect(data.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
      // The sandbox serves its cashier page on the listener the call came in on.
      expect(data.normalUrl?.startsWith(`${origins[transport]}/__sandbox/cashier/`), data.normalUrl).toBe(true);

      const { signature: rspSignature, responseTime, clientId: rspClientId } = parseHeaderPython(response.rawHeaders);
      // The SDK raises when one is missing and skips verification when signature or time is empty; require all three.
      expect(rspSignature).toBeTruthy();
      expect(responseTime).toBeTruthy();
      expect(rspClientId).toBe(clientId);
      const content = signContent('POST', path, rspClientId ?? '', responseTime ?? '', response.text);
      expect(sdkVerify(content, rspSignature ?? '', antomKey)).toBe(true);
    },
  );
});
