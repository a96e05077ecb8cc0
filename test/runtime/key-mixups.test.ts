// Keys given in the wrong place, and signature text that is almost base64, on both crypto backends: each must be
// refused where it is given, with a message that says what it is, rather than signing or verifying with the wrong
// thing later (or, under Web Crypto, failing only at the first call).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import { signRsaSha256Async, verifyRsaSha256, verifyRsaSha256Async } from '../../src/signing/rsa.ts';
import { verifyNotification } from '../../src/notifications.ts';
import { CRYPTO_BACKENDS, useCryptoBackend } from './helpers/crypto-backends.ts';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const der = (key: { export(options: { format: 'der'; type: 'pkcs8' | 'spki' }): Buffer }, type: 'pkcs8' | 'spki') => key.export({ format: 'der', type }).toString('base64');

describe.each(CRYPTO_BACKENDS)('key mix-ups through $name', (backend) => {
  useCryptoBackend(backend);

  it('refuses bare base64 of a public key given as the private key, and the reverse, naming the mix-up', () => {
    expect(() => parsePrivateKey(der(rsa.publicKey, 'spki'))).toThrow(/this base64 key is a public key, not a private key/);
    expect(() => parsePublicKey(der(rsa.privateKey, 'pkcs8'))).toThrow(/this base64 key is a private key; pass the public key/);
  });

  it('never hands back a KeyObject parsed as a private key when the same object is asked for as a public key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(parsePrivateKey(privateKey).type).toBe('private');
    expect(() => parsePublicKey(privateKey as never)).toThrow(/expected a public key, got a private key/);
  });

  it('names the type of a KeyObject that is not plain RSA (EC, RSA-PSS)', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    expect(() => parsePrivateKey(ec.privateKey)).toThrow(/expected an RSA key, got ec key type/);
    expect(() => parsePrivateKey(pss.privateKey)).toThrow(/expected an RSA key, got rsa-pss key type/);
    expect(() => parsePublicKey(pss.publicKey)).toThrow(/expected an RSA key, got rsa-pss key type/);
  });

  it('refuses a signature that atob would read but that is not canonical padded base64', async () => {
    const content = 'POST /n\nC.1.{}';
    const signature = await signRsaSha256Async(content, parsePrivateKey(rsa.privateKey));
    const publicKey = parsePublicKey(rsa.publicKey);
    expect(await verifyRsaSha256Async(content, signature, publicKey)).toBe(true);
    for (const almost of [`${signature.slice(0, 100)}\n${signature.slice(100)}`, `${signature.slice(0, 100)} ${signature.slice(100)}`, signature.replace(/=+$/, '')]) {
      expect(almost).not.toBe(signature);
      expect(await verifyRsaSha256Async(content, almost, publicKey)).toBe(false);
      if (!backend.webCrypto) expect(verifyRsaSha256(content, almost, publicKey)).toBe(false);
    }
  });
});

describe('notification bodies that are not UTF-8', () => {
  it('never verify, even where the signed text holds the replacement character the bad bytes would decode to', async () => {
    const path = '/n';
    const time = String(Date.now());
    const text = '{"note":"\uFFFD"}';
    const signature = await signRsaSha256Async(`POST ${path}\nC.${time}.${text}`, parsePrivateKey(rsa.privateKey));
    const headers = { 'request-time': time, signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}` };
    const options = { clientId: 'C', antomPublicKey: rsa.publicKey };
    expect(verifyNotification({ method: 'POST', path, headers, rawBody: new TextEncoder().encode(text) }, options)).toEqual({ note: '\uFFFD' });
    const invalid = Buffer.concat([Buffer.from('{"note":"'), Buffer.of(0xff), Buffer.from('"}')]);
    expect(() => verifyNotification({ method: 'POST', path, headers, rawBody: new Uint8Array(invalid) }, options)).toThrow(expect.objectContaining({ name: 'AntomSignatureError', reason: 'bad-signature' }));
  });
});
