import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commonResultCodes, payResultCodes, payUnknownResultCode } from '../../generated/result-codes.ts';
import { CONTINUATION_URL_FIELDS, interpretPayResult } from '../../src/result/interpret.ts';
import type { PayResponse } from '../../src/result/interpret.ts';

const result = (resultCode: string, resultStatus: string, resultMessage?: string) =>
  ({ result: { resultCode, resultStatus, ...(resultMessage === undefined ? {} : { resultMessage }) } }) as PayResponse;

describe('interpretPayResult (the seed result-process logic)', () => {
  it.each([
    { name: 'S', data: result('SUCCESS', 'S'), kind: 'success' },
    { name: 'F with a listed code', data: result('DO_NOT_HONOR', 'F'), kind: 'failed' },
    { name: 'F with an unlisted code', data: result('BRAND_NEW_CODE', 'F'), kind: 'failed' },
    { name: 'U other than PAYMENT_IN_PROCESS', data: result('UNKNOWN_EXCEPTION', 'U'), kind: 'retry-with-new-id' },
    { name: 'U PAYMENT_IN_PROCESS without a URL', data: result('PAYMENT_IN_PROCESS', 'U'), kind: 'retry-with-new-id' },
    { name: 'U PAYMENT_IN_PROCESS with an empty URL', data: { ...result('PAYMENT_IN_PROCESS', 'U'), normalUrl: '' }, kind: 'retry-with-new-id' },
    { name: 'U PAYMENT_IN_PROCESS with schemeUrl only', data: { ...result('PAYMENT_IN_PROCESS', 'U'), schemeUrl: 'alipays://x' }, kind: 'redirect' },
    { name: 'a missing result', data: {} as PayResponse, kind: 'unknown' },
    { name: 'an invalid status', data: result('SUCCESS', 'X'), kind: 'unknown' },
  ])('$name → $kind', ({ data, kind }) => {
    expect(interpretPayResult(data).kind).toBe(kind);
  });

  it('follows each code of the table, and each gateway-wide code, to the branch its status requires', () => {
    for (const [code, entry] of Object.entries({ ...commonResultCodes, ...payResultCodes })) {
      const outcome = interpretPayResult({ ...result(code, entry.status), normalUrl: 'https://cashier.example/p' } as PayResponse);
      const want = entry.status === 'S' ? 'success' : entry.status === 'F' ? 'failed' : code === 'PAYMENT_IN_PROCESS' ? 'redirect' : 'retry-with-new-id';
      expect(outcome.kind, code).toBe(want);
      expect(outcome.entry).toEqual({ ...entry, code, known: true });
      expect(outcome.message).toBe(entry.message);
    }
  });

  it('prefers normalUrl, keeps every URL and the app identifier on a redirect', () => {
    const outcome = interpretPayResult({
      ...result('PAYMENT_IN_PROCESS', 'U'),
      applinkUrl: 'https://app.example/l',
      normalUrl: 'https://web.example/n',
      schemeUrl: 'wallet://s',
      appIdentifier: 'com.example.wallet',
      paymentId: 'P1',
      paymentRequestId: 'R1',
    } as PayResponse);
    expect(outcome).toMatchObject({
      kind: 'redirect',
      url: 'https://web.example/n',
      urls: { applinkUrl: 'https://app.example/l', normalUrl: 'https://web.example/n', schemeUrl: 'wallet://s' },
      appIdentifier: 'com.example.wallet',
      paymentId: 'P1',
      paymentRequestId: 'R1',
    });
  });

  it('gives a failed outcome the table action and the server message', () => {
    const outcome = interpretPayResult(result('DO_NOT_HONOR', 'F', 'Declined by issuer (server text)'));
    expect(outcome).toMatchObject({ kind: 'failed', code: 'DO_NOT_HONOR', message: 'Declined by issuer (server text)', action: payResultCodes.DO_NOT_HONOR.action });
  });

  it('handles an unlisted code with the generic entry instead of throwing', () => {
    const outcome = interpretPayResult(result('BRAND_NEW_CODE', 'U'));
    expect(outcome.kind).toBe('retry-with-new-id');
    expect(outcome.entry).toMatchObject({ code: 'BRAND_NEW_CODE', known: false });
  });

  it('uses the continuation URL fields the spec logic names', () => {
    const table = parse(readFileSync(new URL('../../spec/result-codes/pay.yaml', import.meta.url), 'utf8')) as { logic: { continuationUrlFields: string[] } };
    expect([...CONTINUATION_URL_FIELDS].sort()).toEqual([...table.logic.continuationUrlFields].sort());
  });
});

describe('interpretPayResult without a result status', () => {
  it('says unknown, never "retry with a new id", so a caller cannot pay twice by accident', () => {
    const outcome = interpretPayResult({} as PayResponse);
    expect(outcome.kind).toBe('unknown');
    expect(outcome.kind === 'unknown' && outcome.action).toMatch(/query/i);
  });

  it('gives a refusal code its own action rather than "query the payment" (a key mix-up is not a payment question)', () => {
    const outcome = interpretPayResult({ result: { resultCode: 'INVALID_SIGNATURE' } } as unknown as PayResponse);
    expect(outcome.kind).toBe('unknown');
    expect(outcome.kind === 'unknown' && outcome.action).toBe(commonResultCodes.INVALID_SIGNATURE.action);
    expect(interpretPayResult(result('BRAND_NEW_CODE', 'X')).kind === 'unknown' && interpretPayResult(result('BRAND_NEW_CODE', 'X'))).toMatchObject({ action: payUnknownResultCode.action });
  });
});

describe('interpretPayResult with a gateway-wide code', () => {
  it('takes F INVALID_SIGNATURE (a request signed with the wrong key) to failed with the gateway-wide action', () => {
    const outcome = interpretPayResult(result('INVALID_SIGNATURE', 'F', 'The signature is invalid.'));
    expect(outcome).toMatchObject({ kind: 'failed', code: 'INVALID_SIGNATURE', action: commonResultCodes.INVALID_SIGNATURE.action });
    expect(outcome.entry).toEqual({ ...commonResultCodes.INVALID_SIGNATURE, code: 'INVALID_SIGNATURE', known: true });
    expect(outcome.entry.inferred).toBe(true);
    expect(outcome.kind === 'failed' && outcome.action).not.toMatch(/query|inquiry/i);
    expect(outcome.kind === 'failed' && outcome.action).not.toBe(payUnknownResultCode.action);
  });

  it("keeps pay's own row for a gateway-wide code pay's table lists (KEY_NOT_FOUND)", () => {
    const outcome = interpretPayResult(result('KEY_NOT_FOUND', 'F'));
    expect(outcome.entry).toEqual({ ...payResultCodes.KEY_NOT_FOUND, code: 'KEY_NOT_FOUND', known: true });
    expect(outcome.kind === 'failed' && outcome.action).toBe(payResultCodes.KEY_NOT_FOUND.action);
  });
});
