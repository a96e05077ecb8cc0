// A pay call made the way Antom's Java SDK (global-open-sdk-java, DefaultHttpRPC) makes it: HTTPS only, a trust
// manager that accepts any chain (hence rejectUnauthorized: false here; the test certificate is self-signed) but a
// host name that must match the certificate, fastjson-compact body, epoch-ms Request-Time, the merchant key as bare
// base64 PKCS#8 and Antom's key as bare base64 SPKI. The response is verified as BaseAlipayClient does: the request's
// own method, path and client ID, the Response-Time header, and the third comma item of Signature split on '='.
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import {
  ANTOM_TEST_PUBLIC_KEY_B64_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH,
  TEST_CLIENT_ID,
  TEST_SANDBOX_CLIENT_ID,
  TLS_TEST_CERT_PATH,
} from '../../sandbox/test-keys.ts';
import { rawRequest } from './helpers/raw-request.ts';
import { javaResponseSignature, sdkSignatureValue, sdkVerify, signContent } from './helpers/sdk-wire.ts';
import { requestExample, validatorFor } from './helpers/spec.ts';

const mockHttpsUrl = inject('mockHttpsUrl');
const testCert = readFileSync(TLS_TEST_CERT_PATH);
const merchantKey = createPrivateKey({ key: Buffer.from(readFileSync(MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH, 'utf8'), 'base64'), format: 'der', type: 'pkcs8' });
const antomKey = createPublicKey({ key: Buffer.from(readFileSync(ANTOM_TEST_PUBLIC_KEY_B64_PATH, 'utf8'), 'base64'), format: 'der', type: 'spki' });
const validatePayResponse = validatorFor('PayResponse');

/** Resolves with the TLS error code, or 'verified' when the handshake passes chain and host name checks. */
function handshake(options: { ca?: Buffer; servername?: string }): Promise<string> {
  const { hostname, port } = new URL(mockHttpsUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), ...options }, () => {
      socket.end();
      resolve(socket.authorized ? 'verified' : String(socket.authorizationError));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('the HTTPS listener', () => {
  it('when a client trusts tls-test-cert.pem, then the handshake verifies for localhost and for 127.0.0.1', async () => {
    expect(await handshake({ ca: testCert, servername: 'localhost' })).toBe('verified');
    expect(await handshake({ ca: testCert })).toBe('verified');
  });

  it('when a client does not trust it, or asks for another host name, then the handshake fails', async () => {
    expect(await handshake({})).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(await handshake({ ca: testCert, servername: 'open-na.alipay.com' })).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });
});

const cases = [
  { clientId: TEST_CLIENT_ID, path: '/ams/api/v1/payments/pay' },
  // BaseAlipayClient.adjustSandboxUrl: SANDBOX_ client IDs go to /ams/sandbox/api, signed as sent.
  { clientId: TEST_SANDBOX_CLIENT_ID, path: '/ams/sandbox/api/v1/payments/pay' },
];

describe('a pay call made the way the Java SDK makes it', () => {
  it.each(cases)('when $clientId posts to $path over HTTPS, then the answer is PAYMENT_IN_PROCESS and verifies the Java way', async ({ clientId, path }) => {
    // fastjson JSON.toJSONString: compact, non-ASCII written as UTF-8 (key order does not matter to the signature).
    const body = JSON.stringify({ ...requestExample(), paymentRequestId: `java-style-${clientId}`, orderNote: 'Café für zwei' });
    const requestTime = String(Date.now());
    const signature = sdkSignatureValue(signContent('POST', path, clientId, requestTime, body), merchantKey);

    const response = await rawRequest({
      origin: mockHttpsUrl,
      target: path,
      headers: {
        Accept: 'text/plain,text/xml,text/javascript,text/html',
        'User-Agent': 'global-sdk-java',
        'Content-Type': 'application/json; charset=UTF-8',
        Connection: 'keep-alive',
        'Request-Time': requestTime,
        'Client-Id': clientId,
        Signature: `algorithm=RSA256,keyVersion=1,signature=${signature}`,
      },
      body,
      tls: { rejectUnauthorized: false, servername: 'localhost' },
    });

    expect(response.status, response.text).toBe(200);
    const data = JSON.parse(response.text) as { result?: { resultCode?: string }; normalUrl?: string };
    expect(validatePayResponse(data), JSON.stringify(validatePayResponse.errors)).toBe(true);
    expect(data.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    // The sandbox serves its cashier page on the listener the call came in on.
    expect(data.normalUrl?.startsWith(`${mockHttpsUrl}/__sandbox/cashier/`), data.normalUrl).toBe(true);

    const responseTime = response.headers['response-time'];
    const rspSign = javaResponseSignature(response.headers.signature as string | undefined);
    // Java silently skips verification when either is missing; require both so that cannot happen here.
    expect(responseTime).toMatch(/^\d+$/);
    expect(rspSign).not.toBeNull();
    const content = signContent('POST', path, clientId, String(responseTime), response.text);
    expect(sdkVerify(content, rspSign ?? '', antomKey)).toBe(true);
  });
});
