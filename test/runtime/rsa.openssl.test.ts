// Known-answer tests judged by the openssl CLI: RSA PKCS#1 v1.5 + SHA-256 is deterministic, so our base64
// must equal openssl's byte for byte, through node:crypto and through Web Crypto (forced on Node: the path
// workerd and edge runtimes take), with keys given as PKCS #8 or as PKCS #1 (which Web Crypto cannot import:
// our DER writer wraps it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AntomConfigError } from '../../src/errors.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import type { AntomPrivateKey, AntomPublicKey } from '../../src/keys.ts';
import { buildSignContent } from '../../src/signing/sign-content.ts';
import { signRsaSha256, signRsaSha256Async, verifyRsaSha256, verifyRsaSha256Async } from '../../src/signing/rsa.ts';
import { CRYPTO_BACKENDS, useCryptoBackend } from './helpers/crypto-backends.ts';
import { createOpensslWorkspace, generateRsaKey, opensslSign, opensslVerify } from './helpers/openssl.ts';
import type { OpensslWorkspace } from './helpers/openssl.ts';

const CLIENT_ID = 'SANDBOX_5Y3A2N2YEB3D03';
const TIME = '1685599933871';
const ASCII_BODY = '{"paymentRequestId":"pay-20240501-0001","paymentAmount":{"currency":"USD","value":"1000"}}';
const UTF8_BODY = '{"order":{"orderDescription":"测试订单 Zoë 🧾✅"},"paymentRequestId":"pay-ü-1"}';

const vectors: Array<{ name: string; path: string; body: string }> = [
  { name: 'empty body', path: '/ams/api/v1/payments/pay', body: '' },
  { name: 'ASCII body', path: '/ams/api/v1/payments/pay', body: ASCII_BODY },
  { name: 'UTF-8 body (Chinese + emoji)', path: '/ams/api/v1/payments/pay', body: UTF8_BODY },
  { name: 'sandbox path', path: '/ams/sandbox/api/v1/payments/pay', body: ASCII_BODY },
];

let ws: OpensslWorkspace;
/** The same key pair in each text form Antom's SDKs use, parsed by the backend under test. */
const KEY_FORMS = ['PKCS #8 / SPKI PEM', 'PKCS #1 PEM'] as const;
const texts: Record<(typeof KEY_FORMS)[number], { privateKey: string; publicKey: string }> = {
  'PKCS #8 / SPKI PEM': { privateKey: '', publicKey: '' },
  'PKCS #1 PEM': { privateKey: '', publicKey: '' },
};

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem');
  ws.run(['pkey', '-in', 'key.pem', '-pubout', '-out', 'pub.pem']);
  ws.run(['pkey', '-in', 'key.pem', '-traditional', '-out', 'key-pkcs1.pem']);
  ws.run(['rsa', '-in', 'key.pem', '-RSAPublicKey_out', '-out', 'pub-pkcs1.pem']);
  texts['PKCS #8 / SPKI PEM'] = { privateKey: ws.readText('key.pem'), publicKey: ws.readText('pub.pem') };
  texts['PKCS #1 PEM'] = { privateKey: ws.readText('key-pkcs1.pem'), publicKey: ws.readText('pub-pkcs1.pem') };
  expect(texts['PKCS #1 PEM'].privateKey).toContain('BEGIN RSA PRIVATE KEY');
  expect(texts['PKCS #1 PEM'].publicKey).toContain('BEGIN RSA PUBLIC KEY');
});

afterAll(() => ws.dispose());

describe.each(CRYPTO_BACKENDS)('RSA-SHA256 through $name', (backend) => {
  useCryptoBackend(backend);

  describe.each(KEY_FORMS)('keys as %s', (form) => {
    let privateKey: AntomPrivateKey;
    let publicKey: AntomPublicKey;
    beforeAll(() => {
      privateKey = parsePrivateKey(texts[form].privateKey);
      publicKey = parsePublicKey(texts[form].publicKey);
    });

    describe.each(vectors)('known answer: $name', ({ path, body }) => {
      const content = (): string => buildSignContent({ method: 'POST', path, clientId: CLIENT_ID, time: TIME, body });

      it('matches openssl dgst -sha256 -sign byte for byte, and openssl dgst -verify accepts it for that content only', async () => {
        const expected = opensslSign(ws, 'key.pem', content());
        const ours = await signRsaSha256Async(content(), privateKey);
        expect(ours).toBe(expected);
        expect(Buffer.from(expected, 'base64')).toHaveLength(256);
        if (!backend.webCrypto) expect(signRsaSha256(content(), privateKey)).toBe(expected);
        expect(opensslVerify(ws, 'pub.pem', content(), ours)).toBe(true);
        expect(opensslVerify(ws, 'pub.pem', `${content()} `, ours)).toBe(false);
      });

      it('verifies openssl-made signatures and rejects them for other content', async () => {
        const theirs = opensslSign(ws, 'key.pem', content());
        expect(await verifyRsaSha256Async(content(), theirs, publicKey)).toBe(true);
        expect(await verifyRsaSha256Async(content().replace('POST', 'GET'), theirs, publicKey)).toBe(false);
        if (!backend.webCrypto) {
          expect(verifyRsaSha256(content(), theirs, publicKey)).toBe(true);
          expect(verifyRsaSha256(content().replace('POST', 'GET'), theirs, publicKey)).toBe(false);
        }
      });
    });

    it('returns false for garbage signatures, never throws', async () => {
      const content = 'POST /x\nc.1.{}';
      for (const signature of ['', 'not base64!', 'AAAA', 'A'.repeat(344), '%%%', '====']) {
        expect(await verifyRsaSha256Async(content, signature, publicKey)).toBe(false);
        if (!backend.webCrypto) expect(verifyRsaSha256(content, signature, publicKey)).toBe(false);
      }
    });
  });

  it('rejects (does not throw) a public key given to signRsaSha256Async', async () => {
    const publicKey = parsePublicKey(texts['PKCS #8 / SPKI PEM'].publicKey);
    const signing = signRsaSha256Async('x', publicKey as never);
    await expect(signing).rejects.toBeInstanceOf(AntomConfigError);
  });
});

describe('where node:crypto is not used (Web Crypto forced on Node)', () => {
  useCryptoBackend({ name: 'Web Crypto', webCrypto: true });

  it('refuses the synchronous forms with AntomConfigError naming the async one', () => {
    const privateKey = parsePrivateKey(texts['PKCS #8 / SPKI PEM'].privateKey);
    const publicKey = parsePublicKey(texts['PKCS #8 / SPKI PEM'].publicKey);
    expect(() => signRsaSha256('x', privateKey)).toThrow(AntomConfigError);
    expect(() => signRsaSha256('x', privateKey)).toThrow(/^signRsaSha256\(\) is synchronous.*call signRsaSha256Async\(\) instead$/);
    expect(() => verifyRsaSha256('x', 'AAAA', publicKey)).toThrow(/verifyRsaSha256Async/);
    expect(() => verifyRsaSha256('x', 'AAAA', publicKey)).toThrow(/antom-pay uses on Node, Bun and Deno only/);
  });
});
