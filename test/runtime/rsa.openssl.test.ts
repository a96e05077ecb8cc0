// Known-answer tests judged by the openssl CLI: RSA PKCS#1 v1.5 + SHA-256 is deterministic, so our base64
// must equal openssl's byte for byte.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignContent } from '../../src/signing/sign-content.ts';
import { signRsaSha256, signRsaSha256Async, verifyRsaSha256 } from '../../src/signing/rsa.ts';
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
let privateKey: KeyObject;
let publicKey: KeyObject;

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem');
  ws.run(['pkey', '-in', 'key.pem', '-pubout', '-out', 'pub.pem']);
  privateKey = createPrivateKey(ws.readText('key.pem'));
  publicKey = createPublicKey(ws.readText('pub.pem'));
});

afterAll(() => ws.dispose());

describe.each(vectors)('RSA-SHA256 known answer: $name', ({ path, body }) => {
  const content = (): string => buildSignContent({ method: 'POST', path, clientId: CLIENT_ID, time: TIME, body });

  it('matches openssl dgst -sha256 -sign byte for byte', async () => {
    const expected = opensslSign(ws, 'key.pem', content());
    expect(signRsaSha256(content(), privateKey)).toBe(expected);
    expect(await signRsaSha256Async(content(), privateKey)).toBe(expected);
    expect(Buffer.from(expected, 'base64')).toHaveLength(256);
  });

  it('produces a signature openssl dgst -verify accepts, and rejects for other content', () => {
    const ours = signRsaSha256(content(), privateKey);
    expect(opensslVerify(ws, 'pub.pem', content(), ours)).toBe(true);
    expect(opensslVerify(ws, 'pub.pem', `${content()} `, ours)).toBe(false);
  });

  it('verifies openssl-made signatures and rejects them for other content', () => {
    const theirs = opensslSign(ws, 'key.pem', content());
    expect(verifyRsaSha256(content(), theirs, publicKey)).toBe(true);
    expect(verifyRsaSha256(content().replace('POST', 'GET'), theirs, publicKey)).toBe(false);
  });
});

describe('verifyRsaSha256 on garbage', () => {
  it('returns false, never throws', () => {
    const content = 'POST /x\nc.1.{}';
    for (const signature of ['', 'not base64!', 'AAAA', 'A'.repeat(344), '%%%', '====']) {
      expect(verifyRsaSha256(content, signature, publicKey)).toBe(false);
    }
  });
});
