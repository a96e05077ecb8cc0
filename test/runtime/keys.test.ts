// Key loading, judged against keys written by the openssl CLI in every format Antom's SDKs use.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AntomConfigError } from '../../src/errors.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import { signRsaSha256, verifyRsaSha256 } from '../../src/signing/rsa.ts';
import { createOpensslWorkspace, generateRsaKey, opensslSign, windows } from './helpers/openssl.ts';
import type { OpensslWorkspace } from './helpers/openssl.ts';

const CONTENT = 'POST /ams/api/v1/payments/pay\nSANDBOX_1.1685599933871.{"a":"测试"}';

let ws: OpensslWorkspace;
const text: Record<string, string> = {};

function stripPem(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

function get(name: string): string {
  const value = text[name];
  if (value === undefined) throw new Error(`missing fixture ${name}`);
  return value;
}

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem');
  ws.run(['pkey', '-in', 'key.pem', '-traditional', '-out', 'key-pkcs1.pem']);
  ws.run(['pkcs8', '-topk8', '-nocrypt', '-in', 'key.pem', '-outform', 'DER', '-out', 'key-pkcs8.der']);
  ws.run(['rsa', '-in', 'key.pem', '-traditional', '-outform', 'DER', '-out', 'key-pkcs1.der']);
  ws.run(['base64', '-in', 'key-pkcs8.der', '-out', 'key-pkcs8.b64']);
  ws.run(['base64', '-in', 'key-pkcs1.der', '-out', 'key-pkcs1.b64']);
  ws.run(['pkey', '-in', 'key.pem', '-pubout', '-out', 'pub.pem']);
  ws.run(['rsa', '-in', 'key.pem', '-RSAPublicKey_out', '-out', 'pub-pkcs1.pem']);
  ws.run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'ec.pem']);
  ws.run(['pkey', '-in', 'ec.pem', '-pubout', '-out', 'ec-pub.pem']);
  generateRsaKey(ws, 'weak.pem', 1024);
  ws.run(['pkey', '-in', 'weak.pem', '-pubout', '-out', 'weak-pub.pem']);
  ws.run(['pkey', '-in', 'key.pem', '-aes256', '-passout', 'pass:secret', '-out', 'key-encrypted.pem']);

  for (const name of ['key.pem', 'key-pkcs1.pem', 'key-pkcs8.b64', 'key-pkcs1.b64', 'pub.pem', 'pub-pkcs1.pem', 'ec.pem', 'ec-pub.pem', 'weak.pem', 'weak-pub.pem', 'key-encrypted.pem']) {
    text[name] = ws.readText(name);
  }
});

afterAll(() => ws.dispose());

describe('parsePrivateKey', () => {
  it('checks the fixtures are what their names say', () => {
    expect(get('key.pem')).toContain('BEGIN PRIVATE KEY');
    expect(get('key-pkcs1.pem')).toContain('BEGIN RSA PRIVATE KEY');
    expect(get('key-pkcs8.b64')).toMatch(/\n[A-Za-z0-9+/]/); // wrapped base64
    expect(get('pub-pkcs1.pem')).toContain('BEGIN RSA PUBLIC KEY');
    // PKCS#8 DER wraps the key in an AlgorithmIdentifier (rsaEncryption OID); PKCS#1 DER does not.
    const rsaOid = Buffer.from('06092a864886f70d010101', 'hex');
    expect(ws.read('key-pkcs8.der').includes(rsaOid)).toBe(true);
    expect(ws.read('key-pkcs1.der').includes(rsaOid)).toBe(false);
  });

  it('loads PKCS#8 PEM, PKCS#1 PEM, and bare base64 DER of both, all signing like openssl', () => {
    const expected = opensslSign(ws, 'key.pem', CONTENT);
    const inputs = [
      get('key.pem'),
      get('key-pkcs1.pem'),
      get('key-pkcs8.b64'),
      get('key-pkcs8.b64').replace(/\s+/g, ''),
      get('key-pkcs1.b64'),
      get('key-pkcs1.b64').replace(/\s+/g, ''),
      `  ${get('key.pem')}\n\n`,
      createPrivateKey(get('key.pem')),
    ];
    for (const input of inputs) {
      const key = parsePrivateKey(input);
      expect(key.type).toBe('private');
      expect(signRsaSha256(CONTENT, key)).toBe(expected);
    }
  });
});

describe('parsePublicKey', () => {
  it('loads SPKI PEM, PKCS#1 public PEM and bare base64 SPKI DER', () => {
    const signature = opensslSign(ws, 'key.pem', CONTENT);
    for (const input of [get('pub.pem'), get('pub-pkcs1.pem'), stripPem(get('pub.pem'))]) {
      const key = parsePublicKey(input);
      expect(key.type).toBe('public');
      expect(verifyRsaSha256(CONTENT, signature, key)).toBe(true);
    }
  });
});

function expectConfigError(load: () => unknown, option: string, input: string): void {
  let caught: unknown;
  try {
    load();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AntomConfigError);
  const error = caught as AntomConfigError;
  expect(error.option).toBe(option);
  expect(error.message).toContain(option);
  for (const window of windows(input)) expect(error.message).not.toContain(window);
}

describe('bad keys', () => {
  const badPrivate: Array<[string, () => string]> = [
    ['garbage words', () => 'this is definitely not a key, only a long run of words!!'],
    ['garbage base64', () => Buffer.from('x'.repeat(120)).toString('base64')],
    ['an EC key (PEM)', () => get('ec.pem')],
    ['an EC key (bare base64)', () => stripPem(get('ec.pem'))],
    ['a 1024-bit RSA key', () => get('weak.pem')],
    ['a public key (PEM)', () => get('pub.pem')],
    ['a public key (bare base64)', () => stripPem(get('pub.pem'))],
    ['an encrypted key', () => get('key-encrypted.pem')],
    ['an empty string', () => '   '],
  ];
  it.each(badPrivate)('parsePrivateKey rejects %s without echoing it', (_label, input) => {
    expectConfigError(() => parsePrivateKey(input(), 'privateKey'), 'privateKey', input());
  });

  const badPublic: Array<[string, () => string]> = [
    ['garbage words', () => 'not a public key at all, just twenty-plus characters'],
    ['an EC public key', () => get('ec-pub.pem')],
    ['a 1024-bit RSA public key', () => get('weak-pub.pem')],
    ['a private key (PEM)', () => get('key.pem')],
    ['a private key (PKCS#1 PEM)', () => get('key-pkcs1.pem')],
    ['a private key (bare base64 PKCS#8)', () => get('key-pkcs8.b64')],
    ['a private key (bare base64 PKCS#1)', () => get('key-pkcs1.b64')],
  ];
  it.each(badPublic)('parsePublicKey rejects %s without echoing it', (_label, input) => {
    expectConfigError(() => parsePublicKey(input(), 'antomPublicKey'), 'antomPublicKey', input());
  });

  it('rejects KeyObjects of the wrong kind', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => parsePrivateKey(publicKey)).toThrow(AntomConfigError);
    expect(() => parsePrivateKey(ec.privateKey)).toThrow(/RSA/);
    expect(() => parsePublicKey(privateKey)).toThrow(AntomConfigError);
    // A KeyObject is wrapped once: the same parsed key comes back for it, and a parsed key passes through.
    const parsedPublic = parsePublicKey(publicKey);
    expect(parsedPublic).toMatchObject({ type: 'public', asymmetricKeyType: 'rsa', modulusLength: 2048 });
    expect(parsePublicKey(publicKey)).toBe(parsedPublic);
    expect(parsePublicKey(parsedPublic)).toBe(parsedPublic);
    expect(parsePrivateKey(privateKey)).toBe(parsePrivateKey(privateKey));
    expect(() => parsePrivateKey(parsedPublic as never)).toThrow(/expected a private key, got a public key/);
  });
});
