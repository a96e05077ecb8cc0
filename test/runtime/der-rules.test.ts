// Each rule of the strict DER key reader, broken one at a time on a real key (openssl generates it; our writer
// re-encodes it with one field changed): the reader must refuse exactly that key with a DerError naming the rule,
// while the untouched re-encoding still reads. A rule the reader dropped would let a damaged or hostile key through
// to the crypto backend, where node:crypto and Web Crypto need not agree on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DerError, TAG, encodeElement, encodeSequence, oidText, positiveInteger, readChildren, readWhole, smallInteger } from '../../src/keys/der.ts';
import { readRsaKey, rsaFromPkcs1Private, rsaFromPkcs1Public, rsaFromPkcs8, rsaFromSpki } from '../../src/keys/rsa-der.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/keys.ts';
import { createOpensslWorkspace, generateRsaKey } from './helpers/openssl.ts';
import type { OpensslWorkspace } from './helpers/openssl.ts';

let ws: OpensslWorkspace;
/** n, e, d, p, q, dp, dq, qinv of the test key. */
let numbers: bigint[];

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem', 2048);
  ws.run(['rsa', '-in', 'key.pem', '-traditional', '-outform', 'DER', '-out', 'pkcs1.der']);
  const fields = readChildren(readWhole(new Uint8Array(ws.read('pkcs1.der')), TAG.sequence, 'key'));
  numbers = fields.slice(1).map((field) => BigInt(`0x${Buffer.from(field.content).toString('hex')}`));
});
afterAll(() => ws.dispose());

/** A DER INTEGER of a non-negative bigint, minimally encoded. */
function integer(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return encodeElement(TAG.integer, (bytes[0] as number) & 0x80 ? Buffer.concat([Buffer.of(0), bytes]) : bytes);
}
const raw = (tag: number, ...content: number[]): Uint8Array => encodeElement(tag, Uint8Array.from(content));
const RSA_OID = raw(TAG.oid, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);
const NULL = raw(TAG.null);

/** An RSAPrivateKey (PKCS #1) of the test key with some numbers replaced, and extra trailing fields. */
function pkcs1Private(change: Partial<Record<'n' | 'e' | 'd' | 'p' | 'q' | 'dp' | 'dq' | 'qinv', bigint>> = {}, extra: Uint8Array[] = []): Uint8Array {
  const names = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qinv'] as const;
  const values = names.map((name, index) => change[name] ?? (numbers[index] as bigint));
  return encodeSequence(integer(0n), ...values.map(integer), ...extra);
}
function pkcs1Public(e: bigint, extra: Uint8Array[] = []): Uint8Array {
  return encodeSequence(integer(numbers[0] as bigint), integer(e), ...extra);
}
function spki(algorithm: Uint8Array, key: Uint8Array, unusedBits = 0, extra: Uint8Array[] = []): Uint8Array {
  return encodeSequence(algorithm, encodeElement(TAG.bitString, Uint8Array.from([unusedBits, ...key])), ...extra);
}
function pkcs8(version: bigint, key: Uint8Array, extra: Uint8Array[] = []): Uint8Array {
  return encodeSequence(integer(version), encodeSequence(RSA_OID, NULL), encodeElement(TAG.octetString, key), ...extra);
}
const int = (...content: number[]) => ({ tag: TAG.integer, content: Uint8Array.from(content), end: 0 });

describe('INTEGER and OBJECT IDENTIFIER rules', () => {
  it('refuses negative, non-minimal and zero INTEGERs where a positive number is required', () => {
    expect(positiveInteger(int(0x00, 0x80), 'x')).toEqual(Uint8Array.of(0x80));
    expect(() => positiveInteger(int(0x80, 0x01), 'x')).toThrow(/negative INTEGER/);
    expect(() => positiveInteger(int(0x00, 0x01), 'x')).toThrow(/not minimally encoded/);
    expect(() => positiveInteger(int(0x00), 'x')).toThrow(/INTEGER is zero/);
  });

  it('refuses a version that is negative or longer than one byte', () => {
    expect(smallInteger(int(0x01), 'v')).toBe(1);
    expect(() => smallInteger(int(0xff), 'v')).toThrow(/small INTEGER/);
    expect(() => smallInteger(int(0x00, 0x00), 'v')).toThrow(/small INTEGER/);
  });

  it('refuses an OBJECT IDENTIFIER whose last arc is cut short', () => {
    expect(() => oidText({ tag: TAG.oid, content: Uint8Array.of(0x2a, 0x86), end: 0 }, 'oid')).toThrow(/truncated OBJECT IDENTIFIER/);
  });
});

describe('RSA public keys', () => {
  it('reads the re-encoded key, and refuses an exponent that is 1, even, or not below the modulus', () => {
    const e = numbers[1] as bigint;
    expect(rsaFromPkcs1Public(pkcs1Public(e)).modulusBits).toBe(2048);
    for (const bad of [1n, 65_536n, numbers[0] as bigint, (numbers[0] as bigint) + 2n]) {
      expect(() => rsaFromPkcs1Public(pkcs1Public(bad)), String(bad)).toThrow(/public exponent out of range/);
    }
  });

  it('refuses an RSAPublicKey with a third number, and an SPKI with unused bits, a trailing element or other parameters', () => {
    const key = pkcs1Public(numbers[1] as bigint);
    expect(() => rsaFromPkcs1Public(pkcs1Public(numbers[1] as bigint, [integer(3n)]))).toThrow(/expected modulus and exponent/);
    expect(rsaFromSpki(spki(encodeSequence(RSA_OID, NULL), key)).modulusBits).toBe(2048);
    // Parameters left out are read as OpenSSL reads them; anything but NULL is not rsaEncryption's.
    expect(rsaFromSpki(spki(encodeSequence(RSA_OID), key)).modulusBits).toBe(2048);
    expect(() => rsaFromSpki(spki(encodeSequence(RSA_OID, raw(TAG.octetString, 1)), key))).toThrow(/NULL parameters/);
    expect(() => rsaFromSpki(spki(encodeSequence(RSA_OID, NULL, NULL), key))).toThrow(/NULL parameters/);
    expect(() => rsaFromSpki(spki(encodeSequence(RSA_OID, NULL), key, 1))).toThrow(/BIT STRING/);
    expect(() => rsaFromSpki(spki(encodeSequence(RSA_OID, NULL), key, 0, [NULL]))).toThrow(/BIT STRING/);
  });
});

describe('RSA private keys', () => {
  it('reads the re-encoded key, and refuses one whose numbers do not belong together, one rule at a time', () => {
    const [n, , d, p, q, dp, dq, qinv] = numbers as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    expect(rsaFromPkcs1Private(pkcs1Private()).modulusBits).toBe(2048);
    const broken: Record<string, Parameters<typeof pkcs1Private>[0]> = {
      'n is not p·q': { n: n + 2n },
      'e·d is not 1 modulo p−1 and q−1': { d: d + 1n, dp: (d + 1n) % (p - 1n), dq: (d + 1n) % (q - 1n) },
      'dp is not d mod p−1': { dp: dp + (p - 1n) },
      'dq is not d mod q−1': { dq: dq + (q - 1n) },
      'qinv·q is not 1 modulo p': { qinv: qinv + 1n },
    };
    for (const [why, change] of Object.entries(broken)) expect(() => rsaFromPkcs1Private(pkcs1Private(change)), why).toThrow(/do not belong together/);
  });

  it('refuses a two-prime key with extra fields, a PKCS #8 of an unknown version, and PKCS #8 trailing elements other than its own', () => {
    expect(() => rsaFromPkcs1Private(pkcs1Private({}, [integer(1n)]))).toThrow(/only two-prime keys/);
    const key = pkcs1Private();
    expect(rsaFromPkcs8(pkcs8(0n, key)).modulusBits).toBe(2048);
    expect(rsaFromPkcs8(pkcs8(0n, key, [encodeElement(0xa0, new Uint8Array(0))])).modulusBits).toBe(2048);
    expect(() => rsaFromPkcs8(pkcs8(2n, key))).toThrow(/unknown version/);
    expect(() => rsaFromPkcs8(pkcs8(0n, key, [NULL]))).toThrow(/unexpected trailing elements/);
    const attributes = encodeElement(0xa0, new Uint8Array(0));
    expect(() => rsaFromPkcs8(pkcs8(0n, key, [attributes, attributes, attributes]))).toThrow(/unexpected trailing elements/);
  });

  it('surfaces each refusal as an AntomConfigError that names the rule and repeats nothing of the key', () => {
    const [n] = numbers as [bigint];
    const damaged = Buffer.from(pkcs1Private({ n: n + 2n })).toString('base64');
    expect(() => parsePrivateKey(damaged)).toThrow(/"privateKey": base64 private key could not be parsed: RSAPrivateKey: its numbers do not belong together/);
    const evenExponent = Buffer.from(spki(encodeSequence(RSA_OID, NULL), pkcs1Public(65_536n))).toString('base64');
    let message = '';
    try {
      parsePublicKey(evenExponent);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/public exponent out of range/);
    expect(message).not.toContain(evenExponent.slice(40, 80));
    expect(() => readRsaKey('spki', Buffer.from(evenExponent, 'base64'))).toThrow(DerError);
  });
});
