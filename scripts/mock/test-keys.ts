// TEST ONLY. The key pairs in ./test-keys/ are published in this repository so the mock, the example and the
// contract tests can sign and verify on loopback. Anyone can read them: never use them, or these client IDs,
// against a real Antom gateway or in production.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Client ID the mock and the tests use with the test keys. Not issued by Antom. */
export const TEST_CLIENT_ID = 'TEST_2024_MERCHANT_0001';
/** Sandbox-style client ID (`SANDBOX_` prefix): clients send it to `/ams/sandbox/api/...`. */
export const TEST_SANDBOX_CLIENT_ID = 'SANDBOX_TEST_2024_MERCHANT_0001';

const keyPath = (file: string): string => fileURLToPath(new URL(`./test-keys/${file}`, import.meta.url));

/** PKCS#8 PEM the mock signs its responses with (stands in for Antom's private key). */
export const ANTOM_TEST_PRIVATE_KEY_PATH = keyPath('antom-test-private.pem');
/** SPKI PEM clients verify mock responses with (stands in for Antom's public key). */
export const ANTOM_TEST_PUBLIC_KEY_PATH = keyPath('antom-test-public.pem');
/** PKCS#8 PEM the example and the tests sign requests with (stands in for the merchant's private key). */
export const MERCHANT_TEST_PRIVATE_KEY_PATH = keyPath('merchant-test-private.pem');
/** SPKI PEM the mock verifies request signatures with by default. */
export const MERCHANT_TEST_PUBLIC_KEY_PATH = keyPath('merchant-test-public.pem');

/** Reads one of the test key files as PEM text (the leading "TEST ONLY" line included; Node ignores it). */
export function readTestKey(path: string): string {
  return readFileSync(path, 'utf8');
}
