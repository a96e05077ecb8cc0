// TEST ONLY. What `antom-pay/sandbox` hands a merchant's tests on every runtime (Node, Bun, Deno, Workers, edge):
// the published test client IDs and key pairs as PEM text. No node:* import, no file read: the key text is compiled
// in (src/testing/test-keys.ts, kept equal to the files in ./test-keys/ by a test). The files themselves, for Antom's
// other SDKs and the HTTPS listener, are found with `antom-pay-sandbox --print-keys` (test-keys.ts, Node only).
// Anyone can read these keys: never use them, or these client IDs, against a real Antom gateway or in production.

export { ANTOM_TEST_PRIVATE_KEY, ANTOM_TEST_PUBLIC_KEY, MERCHANT_TEST_PRIVATE_KEY, MERCHANT_TEST_PUBLIC_KEY } from '../src/testing/test-keys.ts';

/** Client ID the sandbox and the tests use with the test keys. Not issued by Antom. */
export const TEST_CLIENT_ID = 'TEST_2024_MERCHANT_0001';
/** Sandbox-style client ID (`SANDBOX_` prefix): clients send it to `/ams/sandbox/api/...`. */
export const TEST_SANDBOX_CLIENT_ID = 'SANDBOX_TEST_2024_MERCHANT_0001';
