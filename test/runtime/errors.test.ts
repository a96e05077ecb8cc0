import { describe, expect, it } from 'vitest';
import {
  AntomConfigError,
  AntomError,
  AntomHttpError,
  AntomNetworkError,
  AntomSignatureError,
  AntomTimeoutError,
  HTTP_ERROR_BODY_LIMIT_BYTES,
  isAntomError,
} from '../../src/errors.ts';

describe('error classes', () => {
  it('sets name and code on every subclass and keeps the prototype chain', () => {
    const cases: Array<[AntomError, string, string]> = [
      [new AntomConfigError('privateKey', 'bad'), 'AntomConfigError', 'ANTOM_CONFIG_ERROR'],
      [new AntomNetworkError('down'), 'AntomNetworkError', 'ANTOM_NETWORK_ERROR'],
      [new AntomTimeoutError('slow'), 'AntomTimeoutError', 'ANTOM_TIMEOUT_ERROR'],
      [new AntomSignatureError('stale', 'ctx'), 'AntomSignatureError', 'ANTOM_SIGNATURE_ERROR'],
      [new AntomHttpError({ status: 400, bodyText: '', verified: false, context: 'ctx' }), 'AntomHttpError', 'ANTOM_HTTP_ERROR'],
    ];
    for (const [error, name, code] of cases) {
      expect(error).toBeInstanceOf(AntomError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
      expect(isAntomError(error)).toBe(true);
    }
    expect(new AntomError('x').code).toBe('ANTOM_ERROR');
    expect(isAntomError(new Error('x'))).toBe(false);
  });

  it('forwards cause and attempts', () => {
    const cause = new TypeError('fetch failed');
    const error = new AntomNetworkError('gave up', { cause, attempts: 3 });
    expect(error.cause).toBe(cause);
    expect(error.attempts).toBe(3);
    expect('cause' in new AntomNetworkError('no cause')).toBe(false);
  });

  it('names the option in a config error', () => {
    const error = new AntomConfigError('antomPublicKey', 'is required');
    expect(error.option).toBe('antomPublicKey');
    expect(error.message).toContain('antomPublicKey');
  });

  it('keeps the reason on signature errors', () => {
    const error = new AntomSignatureError('client-id-mismatch', '[POST] https://x/y');
    expect(error.reason).toBe('client-id-mismatch');
    expect(error.message).toContain('client-id-mismatch');
  });

  it('truncates the HTTP error body to 2 KiB of UTF-8 without splitting a character', () => {
    const body = '€'.repeat(1000); // 3 bytes each, 3000 bytes in total
    const error = new AntomHttpError({ status: 502, bodyText: body, verified: false, context: '[POST] u' });
    expect(Buffer.byteLength(error.bodyText, 'utf8')).toBeLessThanOrEqual(HTTP_ERROR_BODY_LIMIT_BYTES);
    expect(error.bodyText).toBe('€'.repeat(682));
    expect(error.status).toBe(502);
    expect(error.verified).toBe(false);

    const short = new AntomHttpError({ status: 400, bodyText: '{"a":1}', verified: true, context: 'c' });
    expect(short.bodyText).toBe('{"a":1}');
    expect(short.message).toContain('400');
  });
});
