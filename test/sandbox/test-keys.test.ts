// The key text `antom-pay/sandbox` and `antom-pay/testing` compile in is the key files' text, byte for byte; the
// derived key files for Antom's official SDKs are the same keys as the PEMs, in the exact shape each SDK reads; and
// the TLS test certificate is valid for the mock's loopback names.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { X509Certificate, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ANTOM_TEST_PRIVATE_KEY_PATH,
  ANTOM_TEST_PUBLIC_KEY_B64_PATH,
  ANTOM_TEST_PUBLIC_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH,
  MERCHANT_TEST_PUBLIC_KEY_PATH,
  TLS_TEST_CERT_PATH,
  TLS_TEST_KEY_PATH,
  readTestKey,
} from '../../sandbox/test-keys.ts';
import * as sandboxEntry from 'antom-pay/sandbox';
import * as testingEntry from 'antom-pay/testing';

const text = (path: string): string => readFileSync(path, 'utf8');
const der = (path: string): Buffer => Buffer.from(text(path), 'base64');
const spki = (key: KeyObject): string =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'der', type: 'spki' }).toString('base64');
const MESSAGE = Buffer.from('POST /ams/api/v1/payments/pay\nTEST_2024_MERCHANT_0001.1733040930000.{"a":"é"}', 'utf8');

const merchantPem = createPrivateKey(readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH));
const merchantPublic = createPublicKey(readTestKey(MERCHANT_TEST_PUBLIC_KEY_PATH));

describe('the key text the entries compile in', () => {
  const files = {
    ANTOM_TEST_PRIVATE_KEY: ANTOM_TEST_PRIVATE_KEY_PATH,
    ANTOM_TEST_PUBLIC_KEY: ANTOM_TEST_PUBLIC_KEY_PATH,
    MERCHANT_TEST_PRIVATE_KEY: MERCHANT_TEST_PRIVATE_KEY_PATH,
    MERCHANT_TEST_PUBLIC_KEY: MERCHANT_TEST_PUBLIC_KEY_PATH,
  } as const;

  it.each(Object.entries(files))('when antom-pay/sandbox exports %s, then it is the text of its key file, byte for byte', (name, path) => {
    expect(sandboxEntry[name as keyof typeof files]).toBe(readFileSync(path, 'utf8'));
  });

  it('when antom-pay/testing exports the Antom key pair, then it is the same text', () => {
    expect(testingEntry.ANTOM_TEST_PRIVATE_KEY).toBe(readFileSync(ANTOM_TEST_PRIVATE_KEY_PATH, 'utf8'));
    expect(testingEntry.ANTOM_TEST_PUBLIC_KEY).toBe(readFileSync(ANTOM_TEST_PUBLIC_KEY_PATH, 'utf8'));
  });

  it('when antom-pay/sandbox exports the client IDs, then they are the ones the key files are published with', () => {
    expect([sandboxEntry.TEST_CLIENT_ID, sandboxEntry.TEST_SANDBOX_CLIENT_ID]).toEqual(['TEST_2024_MERCHANT_0001', 'SANDBOX_TEST_2024_MERCHANT_0001']);
  });
});

describe('derived merchant private keys', () => {
  const forms = [
    { name: 'pkcs8.b64 (Java)', load: () => createPrivateKey({ key: der(MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH), format: 'der', type: 'pkcs8' }) },
    { name: 'pkcs1.b64 (Python)', load: () => createPrivateKey({ key: der(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH), format: 'der', type: 'pkcs1' }) },
    { name: 'pkcs1.pem (Python)', load: () => createPrivateKey(text(MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH)) },
    {
      // The Python SDK wraps a marker-less key string in PKCS#1 armour before loading it.
      name: 'pkcs1.b64 wrapped as the Python SDK wraps it',
      load: () => createPrivateKey(`-----BEGIN RSA PRIVATE KEY-----\n${text(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH)}\n-----END RSA PRIVATE KEY-----`),
    },
    {
      // The PHP SDK folds the key string into 64-character lines inside PKCS#1 armour.
      name: 'pkcs1.b64 wrapped as the PHP SDK wraps it',
      load: () => createPrivateKey(`-----BEGIN RSA PRIVATE KEY-----\n${text(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH).replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END RSA PRIVATE KEY-----`),
    },
    {
      // The Go SDK puts the key string, as it is, inside PKCS#8 armour and parses it as PKCS#8.
      name: 'pkcs8.b64 wrapped as the Go SDK wraps it',
      load: () => createPrivateKey(`-----BEGIN PRIVATE KEY-----\n${text(MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH)}\n-----END PRIVATE KEY-----`),
    },
  ];

  it.each(forms)('when $name is loaded, then it is the merchant key: same public key, same signature', ({ load }) => {
    const key = load();
    expect(spki(key)).toBe(spki(merchantPublic));
    expect(sign('sha256', MESSAGE, key).equals(sign('sha256', MESSAGE, merchantPem))).toBe(true);
  });

  it('when the PKCS#1 PEM is handed to the Python SDK, then it already has the markers the SDK looks for (so it is not re-wrapped)', () => {
    const pem = text(MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH);
    expect(pem).toContain('-----BEGIN RSA PRIVATE KEY-----\n');
    expect(pem).toContain('\n-----END RSA PRIVATE KEY-----');
    expect(pem.startsWith('TEST ONLY')).toBe(true);
  });
});

describe('derived Antom public key', () => {
  it('when antom-test-public.b64 is loaded as SPKI DER, then it is the PEM public key and verifies the mock key signatures', () => {
    const key = createPublicKey({ key: der(ANTOM_TEST_PUBLIC_KEY_B64_PATH), format: 'der', type: 'spki' });
    expect(spki(key)).toBe(spki(createPublicKey(readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH))));
    const signature = sign('sha256', MESSAGE, createPrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)));
    expect(verify('sha256', MESSAGE, key, signature)).toBe(true);
    // The Python and PHP SDKs wrap it in PUBLIC KEY armour; the Java and Go SDKs decode it as X.509 SPKI DER.
    const wrapped = createPublicKey(`-----BEGIN PUBLIC KEY-----\n${text(ANTOM_TEST_PUBLIC_KEY_B64_PATH)}\n-----END PUBLIC KEY-----`);
    expect(spki(wrapped)).toBe(spki(key));
  });
});

describe('.b64 files', () => {
  it.each([MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH, MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH, ANTOM_TEST_PUBLIC_KEY_B64_PATH].map((path) => ({ path, file: basename(path) })))(
    'when $file is read, then it is one line of base64 with nothing else (the SDKs decode the whole string)',
    ({ path }) => {
      expect(text(path)).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    },
  );
});

describe('TLS test certificate', () => {
  const cert = new X509Certificate(readFileSync(TLS_TEST_CERT_PATH));

  it('when checked, then it is self-signed for localhost and 127.0.0.1, matches tls-test-key.pem and lasts 10 years', () => {
    expect(cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(readTestKey(TLS_TEST_KEY_PATH)))).toBe(true);
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86_400_000;
    expect(days).toBe(3650);
  });
});
