// TEST ONLY, Node only. The key pairs and the TLS certificate in ./test-keys/ are published in this repository and in
// the package (`antom-pay-sandbox --print-keys` prints their paths) so the sandbox, the example, the tests and
// Antom's other SDKs can sign, verify and serve HTTPS on loopback. Anyone can read them: never use them, or these
// client IDs, against a real Antom gateway or in production. Not reachable from `antom-pay/sandbox` (it reads files
// with node:fs): that entry hands out the same keys as text (test-credentials.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_CLIENT_ID, TEST_SANDBOX_CLIENT_ID } from './test-credentials.ts';

export { TEST_CLIENT_ID, TEST_SANDBOX_CLIENT_ID } from './test-credentials.ts';

const keyPath = (file: string): string => fileURLToPath(new URL(`./test-keys/${file}`, import.meta.url));

/** PKCS#8 PEM the mock signs its responses with (stands in for Antom's private key). */
export const ANTOM_TEST_PRIVATE_KEY_PATH = keyPath('antom-test-private.pem');
/** SPKI PEM clients verify mock responses with (stands in for Antom's public key). */
export const ANTOM_TEST_PUBLIC_KEY_PATH = keyPath('antom-test-public.pem');
/** PKCS#8 PEM the example and the tests sign requests with (stands in for the merchant's private key). */
export const MERCHANT_TEST_PRIVATE_KEY_PATH = keyPath('merchant-test-private.pem');
/** SPKI PEM the mock verifies request signatures with by default. */
export const MERCHANT_TEST_PUBLIC_KEY_PATH = keyPath('merchant-test-public.pem');

// Derived forms of the same keys for Antom's official SDKs (one line of base64, no notice line, no newline).
/** Merchant private key as bare base64 PKCS#8 DER: the Java and Go SDKs' `merchantPrivateKey`. */
export const MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH = keyPath('merchant-test-private.pkcs8.b64');
/** Merchant private key as bare base64 PKCS#1 DER: the Python SDK's `merchant_private_key`, the PHP SDK's `merchantPrivateKey`. */
export const MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH = keyPath('merchant-test-private.pkcs1.b64');
/** Merchant private key as PKCS#1 (`RSA PRIVATE KEY`) PEM: also accepted by the Python SDK. */
export const MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH = keyPath('merchant-test-private.pkcs1.pem');
/** Antom test public key as bare base64 SPKI DER: `alipayPublicKey` / `alipay_public_key` in all four SDKs. */
export const ANTOM_TEST_PUBLIC_KEY_B64_PATH = keyPath('antom-test-public.b64');

/** Private key of the mock's self-signed TLS certificate (HTTPS listener). */
export const TLS_TEST_KEY_PATH = keyPath('tls-test-key.pem');
/** Self-signed TLS certificate of the mock, SAN `DNS:localhost, IP:127.0.0.1`; trust it only in tests. */
export const TLS_TEST_CERT_PATH = keyPath('tls-test-cert.pem');

/** Reads one of the test key files as text (PEM files keep their leading "TEST ONLY" line; Node ignores it). */
export function readTestKey(path: string): string {
  return readFileSync(path, 'utf8');
}

/** What `antom-pay-sandbox --print-keys` prints: the client IDs and the absolute path of every test key file. */
export function testKeyManifest(): {
  warning: string;
  clientIds: { test: string; sandbox: string };
  files: Record<string, string>;
} {
  return {
    warning: 'TEST ONLY: published keys for the local sandbox; never use them against Antom or in production',
    clientIds: { test: TEST_CLIENT_ID, sandbox: TEST_SANDBOX_CLIENT_ID },
    files: {
      merchantPrivateKey: MERCHANT_TEST_PRIVATE_KEY_PATH,
      merchantPublicKey: MERCHANT_TEST_PUBLIC_KEY_PATH,
      antomPublicKey: ANTOM_TEST_PUBLIC_KEY_PATH,
      antomPrivateKey: ANTOM_TEST_PRIVATE_KEY_PATH,
      merchantPrivateKeyPkcs8Base64: MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH,
      merchantPrivateKeyPkcs1Base64: MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH,
      merchantPrivateKeyPkcs1Pem: MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH,
      antomPublicKeyBase64: ANTOM_TEST_PUBLIC_KEY_B64_PATH,
      tlsCertificate: TLS_TEST_CERT_PATH,
      tlsKey: TLS_TEST_KEY_PATH,
    },
  };
}
