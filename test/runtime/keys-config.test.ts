// Keys as real configuration holds them (.env files, JSON-escaped secrets, quoted values), parsed on both crypto
// backends with the same results and the same errors, judged by signatures openssl makes.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AntomConfigError } from '../../src/errors.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import { signRsaSha256Async, verifyRsaSha256Async } from '../../src/signing/rsa.ts';
import { CRYPTO_BACKENDS, useCryptoBackend } from './helpers/crypto-backends.ts';
import { createOpensslWorkspace, generateRsaKey, opensslSign, windows } from './helpers/openssl.ts';
import type { OpensslWorkspace } from './helpers/openssl.ts';

const CONTENT = 'POST /ams/api/v1/payments/pay\nSANDBOX_1.1685599933871.{"a":"测试"}';

let ws: OpensslWorkspace;
let privatePem = '';
let pkcs1Pem = '';
let publicPem = '';
let expected = '';

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem');
  ws.run(['pkey', '-in', 'key.pem', '-traditional', '-out', 'key-pkcs1.pem']);
  ws.run(['pkey', '-in', 'key.pem', '-pubout', '-out', 'pub.pem']);
  privatePem = ws.readText('key.pem');
  pkcs1Pem = ws.readText('key-pkcs1.pem');
  publicPem = ws.readText('pub.pem');
  expected = opensslSign(ws, 'key.pem', CONTENT);
});

afterAll(() => ws.dispose());

/** The ways a PEM reaches a process through configuration. */
function configForms(pem: string): Array<[string, string]> {
  const escaped = pem.trim().replaceAll('\n', '\\n');
  return [
    ['literal \\n (a .env value)', escaped],
    ['literal \\n in double quotes', `"${escaped}"`],
    ['literal \\n in single quotes', `'${escaped}'`],
    ['literal \\r\\n (written on Windows)', pem.trim().replaceAll('\n', '\\r\\n')],
    ['real CRLF line breaks', pem.replaceAll('\n', '\r\n')],
    ['one line, breaks turned into spaces', pem.trim().replaceAll('\n', ' ')],
    ['quoted, with real line breaks and padding', `  "${pem}"  \n`],
  ];
}

describe.each(CRYPTO_BACKENDS)('keys from configuration, through $name', (backend) => {
  useCryptoBackend(backend);

  it('accepts every configuration form of a PKCS #8 and a PKCS #1 private key, signing as openssl does', async () => {
    for (const [label, text] of [...configForms(privatePem), ...configForms(pkcs1Pem)]) {
      const key = parsePrivateKey(text);
      expect(key.modulusLength, label).toBe(2048);
      expect(await signRsaSha256Async(CONTENT, key), label).toBe(expected);
    }
  });

  it('accepts every configuration form of the public key', async () => {
    for (const [label, text] of configForms(publicPem)) {
      expect(await verifyRsaSha256Async(CONTENT, expected, parsePublicKey(text)), label).toBe(true);
    }
  });

  it('accepts a Node KeyObject and reads its details the same way', async () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const key = parsePrivateKey(pair.privateKey);
    expect(key).toMatchObject({ type: 'private', asymmetricKeyType: 'rsa', modulusLength: 3072 });
    const signature = await signRsaSha256Async(CONTENT, key);
    expect(await verifyRsaSha256Async(CONTENT, signature, pair.publicKey)).toBe(true);
    expect(() => parsePrivateKey(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey)).toThrow(/1024 bits; at least 2048/);
  });

  it('says what is wrong with a damaged key, at parse time, without echoing it', () => {
    const escapedOther = privatePem.trim().replaceAll('\n', '\\t');
    const truncated = privatePem.replace(/-----END PRIVATE KEY-----\s*$/, '');
    const body = privatePem.split('\n').slice(1, -2).join('\n');
    const cases: Array<[string, string, RegExp]> = [
      ['an escape other than \\n', escapedOther, /not base64 \(it holds a backslash/],
      ['no END line', truncated, /END line is missing/],
      ['a damaged body', privatePem.replace(body, body.slice(0, 200)), /PEM private key could not be parsed/],
      ['an encrypted legacy PEM', pkcs1Pem.replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n'), /encrypted/],
      ['an empty quoted value', '""', /the key is empty/],
    ];
    for (const [label, text, message] of cases) {
      let caught: unknown;
      try {
        parsePrivateKey(text, 'privateKey');
      } catch (error) {
        caught = error;
      }
      expect(caught, label).toBeInstanceOf(AntomConfigError);
      expect((caught as Error).message, label).toMatch(message);
      for (const window of windows(text)) expect((caught as Error).message, label).not.toContain(window);
    }
  });
});
