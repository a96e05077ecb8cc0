// Test helper: runs a describe block on each crypto backend. Web Crypto is what signs and verifies on workerd and
// edge runtimes; here it is forced on Node (node:crypto set aside), so the same tests judge both paths.
import { afterAll, beforeAll, expect } from 'vitest';
import { forceWebCryptoForTests } from '../../../src/platform/runtime.ts';
import { canVerifySynchronously } from '../../../src/signing/rsa.ts';

export interface CryptoBackend {
  name: string;
  webCrypto: boolean;
}

export const CRYPTO_BACKENDS: readonly CryptoBackend[] = [
  { name: 'node:crypto', webCrypto: false },
  { name: 'Web Crypto (forced on Node)', webCrypto: true },
];

/** Uses `backend` for the tests of the enclosing describe, and checks it is really in effect. */
export function useCryptoBackend(backend: CryptoBackend): void {
  let previous = false;
  beforeAll(() => {
    previous = forceWebCryptoForTests(backend.webCrypto);
    expect(canVerifySynchronously()).toBe(!backend.webCrypto);
  });
  afterAll(() => {
    forceWebCryptoForTests(previous);
  });
}
