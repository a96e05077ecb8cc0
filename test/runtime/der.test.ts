// The DER reader and writer behind key parsing on runtimes without node:crypto, judged by openssl: our PKCS #1 →
// PKCS #8 / SPKI wrapping must equal what `openssl pkcs8 -topk8` and `openssl rsa -pubout` write, byte for byte,
// and broken DER (fast-check mutations of real keys included) must fail with DerError or NotRsaError only.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DerError, TAG, encodeElement, oidText, readChildren, readElement, readWhole } from '../../src/keys/der.ts';
import { NotRsaError, readRsaKey, rsaFromPkcs1Private, rsaFromPkcs1Public, sniffKeyStructure } from '../../src/keys/rsa-der.ts';
import { createOpensslWorkspace, generateRsaKey } from './helpers/openssl.ts';
import type { OpensslWorkspace } from './helpers/openssl.ts';

let ws: OpensslWorkspace;
const der: Record<string, Uint8Array> = {};

beforeAll(() => {
  ws = createOpensslWorkspace();
  generateRsaKey(ws, 'key.pem', 3072);
  ws.run(['rsa', '-in', 'key.pem', '-traditional', '-outform', 'DER', '-out', 'pkcs1.der']);
  ws.run(['pkcs8', '-topk8', '-nocrypt', '-in', 'key.pem', '-outform', 'DER', '-out', 'pkcs8.der']);
  ws.run(['rsa', '-in', 'key.pem', '-RSAPublicKey_out', '-outform', 'DER', '-out', 'pub-pkcs1.der']);
  ws.run(['pkey', '-in', 'key.pem', '-pubout', '-outform', 'DER', '-out', 'spki.der']);
  ws.run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'ec.pem']);
  ws.run(['pkcs8', '-topk8', '-nocrypt', '-in', 'ec.pem', '-outform', 'DER', '-out', 'ec.der']);
  ws.run(['genpkey', '-algorithm', 'ED25519', '-out', 'ed25519.pem']);
  ws.run(['pkcs8', '-topk8', '-nocrypt', '-in', 'ed25519.pem', '-outform', 'DER', '-out', 'ed25519.der']);
  for (const name of ['pkcs1', 'pkcs8', 'pub-pkcs1', 'spki', 'ec', 'ed25519']) der[name] = new Uint8Array(ws.read(`${name}.der`));
});

afterAll(() => ws.dispose());

const get = (name: string): Uint8Array => der[name] ?? new Uint8Array();

describe('wrapping PKCS #1 for Web Crypto', () => {
  it('writes the PKCS #8 that openssl pkcs8 -topk8 writes, byte for byte', () => {
    const wrapped = rsaFromPkcs1Private(get('pkcs1'));
    expect(Buffer.from(wrapped.der).equals(Buffer.from(get('pkcs8')))).toBe(true);
    expect(wrapped.modulusBits).toBe(3072);
  });

  it('writes the SPKI that openssl -pubout writes, byte for byte', () => {
    const wrapped = rsaFromPkcs1Public(get('pub-pkcs1'));
    expect(Buffer.from(wrapped.der).equals(Buffer.from(get('spki')))).toBe(true);
    expect(wrapped.modulusBits).toBe(3072);
  });

  it('tells the four structures apart by their outline', () => {
    expect(sniffKeyStructure(get('pkcs8'))).toBe('pkcs8');
    expect(sniffKeyStructure(get('pkcs1'))).toBe('pkcs1-private');
    expect(sniffKeyStructure(get('spki'))).toBe('spki');
    expect(sniffKeyStructure(get('pub-pkcs1'))).toBe('pkcs1-public');
    expect(sniffKeyStructure(new TextEncoder().encode('not DER at all'))).toBeUndefined();
  });

  it('names the algorithm of a key that is not RSA', () => {
    expect(() => readRsaKey('pkcs8', get('ec'))).toThrow(NotRsaError);
    expect(() => readRsaKey('pkcs8', get('ec'))).toThrow(/ec key type/);
    expect(() => readRsaKey('pkcs8', get('ed25519'))).toThrow(/ed25519 key type/);
  });
});

describe('the DER reader', () => {
  it('reads lengths in short and long form and refuses the forms DER forbids', () => {
    expect(readElement(Uint8Array.of(0x04, 0x01, 0xaa), 0).content).toEqual(Uint8Array.of(0xaa));
    const long = encodeElement(TAG.octetString, new Uint8Array(200));
    expect(Array.from(long.subarray(0, 3))).toEqual([0x04, 0x81, 200]);
    expect(readElement(long, 0).content).toHaveLength(200);
    expect(() => readElement(Uint8Array.of(0x04, 0x81, 0x05, 1, 2, 3, 4, 5), 0)).toThrow(/shortest form/);
    expect(() => readElement(Uint8Array.of(0x04, 0x82, 0x00, 0x90, ...new Uint8Array(0x90)), 0)).toThrow(/shortest form/);
    expect(() => readElement(Uint8Array.of(0x30, 0x80, 0, 0), 0)).toThrow(/indefinite/);
    expect(() => readElement(Uint8Array.of(0x04, 0x05, 1, 2), 0)).toThrow(/truncated/);
    expect(() => readElement(Uint8Array.of(0x1f, 0x01, 0), 0)).toThrow(/multi-byte tags/);
    expect(() => readWhole(Uint8Array.of(0x05, 0x00, 0x00), TAG.null, 'x')).toThrow(/trailing bytes/);
  });

  it('reads object identifiers', () => {
    const [algorithm] = readChildren(readWhole(get('spki'), TAG.sequence, 'spki'));
    const [oid] = readChildren(algorithm?.content ?? new Uint8Array());
    expect(oidText(oid, 'oid')).toBe('1.2.840.113549.1.1.1');
    expect(() => oidText({ tag: TAG.oid, content: Uint8Array.of(0x2a, 0x80, 0x01), end: 0 }, 'oid')).toThrow(/minimally/);
  });

  it('refuses a private key whose numbers do not belong together (one prime changed)', () => {
    const damaged = new Uint8Array(get('pkcs1'));
    // The last byte of prime1 sits well inside the key; flipping it keeps the DER valid but breaks n = p·q.
    const fields = readChildren(readWhole(damaged, TAG.sequence, 'key'));
    const prime1 = fields[4];
    if (prime1 === undefined) throw new Error('no prime1');
    damaged[prime1.end - 1] = (damaged[prime1.end - 1] as number) ^ 0x02;
    expect(() => rsaFromPkcs1Private(damaged)).toThrow(/do not belong together/);
  });

  it('fails only with DerError or NotRsaError on any truncation or byte change of real keys (fast-check)', () => {
    const names = ['pkcs8', 'pkcs1', 'spki', 'pub-pkcs1'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean(), (name, at, xor, truncate) => {
        const original = get(name);
        const index = at % original.length;
        const bytes = truncate ? original.slice(0, index) : original.slice();
        if (!truncate) bytes[index] = (bytes[index] as number) ^ xor;
        const structure = sniffKeyStructure(bytes);
        if (structure === undefined) return;
        try {
          readRsaKey(structure, bytes);
        } catch (error) {
          expect(error instanceof DerError || error instanceof NotRsaError).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
