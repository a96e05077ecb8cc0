// Property tests: a signature over the sign content verifies, and changing any single input breaks it.
// One key pair is generated up front because RSA key generation dominates the runtime otherwise.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildSignContent } from '../../src/signing/sign-content.ts';
import type { SignContentInput } from '../../src/signing/sign-content.ts';
import { signRsaSha256, verifyRsaSha256 } from '../../src/signing/rsa.ts';
import { formatSignatureHeader, parseSignatureHeader } from '../../src/signing/signature-header.ts';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Unicode text without lone surrogates, which UTF-8 cannot carry (they would all become U+FFFD). */
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', maxLength }).filter((s) => Buffer.from(s, 'utf8').toString('utf8') === s);

const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE');
const input: fc.Arbitrary<SignContentInput> = fc.record({
  method,
  path: text(40).map((p) => `/${p}`),
  clientId: text(24),
  time: fc.oneof(
    fc.integer({ min: 0, max: 4_102_444_800_000 }).map(String),
    fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4_102_444_800_000) }).map((d) => d.toISOString()),
  ),
  body: text(200),
});

type Field = keyof SignContentInput;
const mutation: fc.Arbitrary<{ field: Field; value: string }> = fc.oneof(
  method.map((value) => ({ field: 'method' as const, value })),
  text(40).map((p) => ({ field: 'path' as const, value: `/${p}` })),
  text(24).map((value) => ({ field: 'clientId' as const, value })),
  text(20).map((value) => ({ field: 'time' as const, value })),
  text(200).map((value) => ({ field: 'body' as const, value })),
);

describe('RSA-SHA256 properties', () => {
  it('a signature verifies for its own content', () => {
    fc.assert(
      fc.property(input, (fields) => {
        const content = buildSignContent(fields);
        return verifyRsaSha256(content, signRsaSha256(content, privateKey), publicKey);
      }),
      { numRuns: 1000 },
    );
  });

  it('changing any one of method, path, clientId, time or body breaks verification', () => {
    fc.assert(
      fc.property(input, mutation, (fields, { field, value }) => {
        fc.pre(fields[field] !== value);
        const signature = signRsaSha256(buildSignContent(fields), privateKey);
        return !verifyRsaSha256(buildSignContent({ ...fields, [field]: value }), signature, publicKey);
      }),
      { numRuns: 1000 },
    );
  });

  it('flipping any bit of the signature breaks verification', () => {
    fc.assert(
      fc.property(input, fc.nat({ max: 255 }), fc.integer({ min: 0, max: 7 }), (fields, byte, bit) => {
        const content = buildSignContent(fields);
        const raw = Buffer.from(signRsaSha256(content, privateKey), 'base64');
        raw[byte] = (raw[byte] ?? 0) ^ (1 << bit);
        return !verifyRsaSha256(content, raw.toString('base64'), publicKey);
      }),
      { numRuns: 1000 },
    );
  });

  it('the Signature header round-trips any real signature', () => {
    fc.assert(
      fc.property(text(100), fc.nat({ max: 1000 }), (content, keyVersion) => {
        const signature = signRsaSha256(content, privateKey);
        const parsed = parseSignatureHeader(formatSignatureHeader({ keyVersion, signature }));
        return parsed?.signature === signature && parsed.keyVersion === keyVersion;
      }),
      { numRuns: 1000 },
    );
  });
});
