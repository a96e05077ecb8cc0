// The strict Base64 decoder behind interpretDisputeEvidence, judged by Node's Buffer: every encoding of random bytes
// (folded into lines or not) decodes to those bytes, and random text decodes exactly when it is canonical padded
// Base64, to the bytes Buffer reads from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/result/base64.ts';

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

describe('decodeBase64', () => {
  it('decodes what Buffer encodes, with or without line breaks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (bytes, width) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(text)).toEqual(bytes);
        expect(decodeBase64(text.replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n'))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the padded Base64 texts, and agrees with Buffer on them', () => {
    const alphabet = fc.constantFrom(...'ABCabc012+/=-_ \t.é'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 24 }), fc.string({ maxLength: 24 })), (text) => {
        const decoded = decodeBase64(text);
        expect(decoded !== undefined, JSON.stringify(text)).toBe(STRICT.test(text));
        if (decoded !== undefined) expect(Buffer.from(decoded)).toEqual(Buffer.from(text, 'base64'));
      }),
      { numRuns: 2000 },
    );
  });
});
