import { describe, expect, it } from 'vitest';
import { formatSignatureHeader, parseSignatureHeader } from '../../src/signing/signature-header.ts';

const SIG = 'ab+/cd==';

describe('formatSignatureHeader', () => {
  it('URL-encodes +, / and = in the base64 signature', () => {
    expect(formatSignatureHeader({ keyVersion: 1, signature: SIG })).toBe(
      'algorithm=RSA256,keyVersion=1,signature=ab%2B%2Fcd%3D%3D',
    );
  });
});

describe('parseSignatureHeader', () => {
  it('round-trips what formatSignatureHeader writes', () => {
    for (const signature of [SIG, 'AAAA', 'a+b/', 'Zm9vYmE=']) {
      expect(parseSignatureHeader(formatSignatureHeader({ keyVersion: 7, signature }))).toEqual({
        algorithm: 'RSA256',
        keyVersion: 7,
        signature,
      });
    }
  });

  it('accepts spaces after commas, any order, and an unencoded signature', () => {
    expect(parseSignatureHeader('signature=ab%2B%2Fcd%3D%3D, keyVersion=2, algorithm=RSA256')).toEqual({
      algorithm: 'RSA256',
      keyVersion: 2,
      signature: SIG,
    });
    expect(parseSignatureHeader(`algorithm=RSA256, keyVersion=1, signature=${SIG}`)?.signature).toBe(SIG);
  });

  it('allows a missing keyVersion and ignores unknown pairs', () => {
    expect(parseSignatureHeader('algorithm=RSA256,signature=AAAA,extra=1')).toEqual({
      algorithm: 'RSA256',
      keyVersion: undefined,
      signature: 'AAAA',
    });
  });

  it.each([
    ['empty', ''],
    ['missing algorithm', 'keyVersion=1,signature=AAAA'],
    ['missing signature', 'algorithm=RSA256,keyVersion=1'],
    ['other algorithm', 'algorithm=RSA512,keyVersion=1,signature=AAAA'],
    ['lower-case algorithm', 'algorithm=rsa256,keyVersion=1,signature=AAAA'],
    ['empty signature', 'algorithm=RSA256,keyVersion=1,signature='],
    ['non-base64 signature', 'algorithm=RSA256,keyVersion=1,signature=ab*cd'],
    ['bad base64 length', 'algorithm=RSA256,keyVersion=1,signature=abc'],
    ['broken percent-encoding', 'algorithm=RSA256,keyVersion=1,signature=ab%ZZ'],
    ['signature decoding to non-base64', 'algorithm=RSA256,keyVersion=1,signature=ab%20cd'],
    ['non-numeric keyVersion', 'algorithm=RSA256,keyVersion=one,signature=AAAA'],
    ['duplicate signature', 'algorithm=RSA256,signature=AAAA,signature=BBBB'],
    ['pair without =', 'algorithm=RSA256,keyVersion,signature=AAAA'],
  ])('rejects %s', (_label, value) => {
    expect(parseSignatureHeader(value)).toBeUndefined();
  });
});
