// interpretPaymentSession and interpretConsult against every per-code response example the spec generates (the
// bodies the mock serves, gateway-wide codes included), the spec's named examples, and the branches a table cannot
// show: missing session data, wire booleans, unknown reasons, broken bodies.
import { describe, expect, it } from 'vitest';
import { commonResultCodes, consultResultCodes, createPaymentSessionResultCodes } from '../../generated/result-codes.ts';
import { interpretConsult, interpretPaymentSession } from '../../src/index.ts';
import type { ConsultOption, ConsultResponse, CreatePaymentSessionResponse } from '../../src/index.ts';
import { examplesOf, knownValuesOf } from './helpers/spec-examples.ts';

const result = (resultCode: string, resultStatus: string) => ({ result: { resultCode, resultStatus } });

describe('interpretPaymentSession', () => {
  const examples = examplesOf('/v1/payments/createPaymentSession');
  const rows = { ...commonResultCodes, ...createPaymentSessionResultCodes };

  it('takes every code the operation can answer (own and gateway-wide) to the branch its status requires, with its row', () => {
    for (const [code, row] of Object.entries(rows)) {
      const outcome = interpretPaymentSession(examples[code]!.value as CreatePaymentSessionResponse);
      expect(outcome.kind, code).toBe(row.status === 'S' ? 'created' : row.status === 'F' ? 'failed' : 'retry');
      expect(outcome.entry).toEqual({ ...row, code, known: true });
      expect(outcome.code).toBe(code);
      if (outcome.kind === 'failed' || outcome.kind === 'retry') expect(outcome.action).toBe(row.action);
    }
  });

  it('asks for a new paymentRequestId exactly where the row says the old one cannot be used', () => {
    for (const [code, row] of Object.entries(rows)) {
      if (row.status !== 'F') continue;
      const outcome = interpretPaymentSession(result(code, 'F') as CreatePaymentSessionResponse);
      expect(outcome.kind === 'failed' && outcome.needsNewPaymentRequestId, code).toBe(/new paymentRequestId/.test(row.action));
    }
    expect(interpretPaymentSession(result('ORDER_IS_CLOSED', 'F') as CreatePaymentSessionResponse)).toMatchObject({ needsNewPaymentRequestId: true });
    expect(interpretPaymentSession(result('PARAM_ILLEGAL', 'F') as CreatePaymentSessionResponse)).toMatchObject({ needsNewPaymentRequestId: false });
  });

  it('hands the hosted page both the URL and the session data, and says it is not a payment result', () => {
    const data = examples.checkoutPage!.value as CreatePaymentSessionResponse;
    const outcome = interpretPaymentSession(data);
    expect(outcome).toMatchObject({
      kind: 'created',
      status: 'S',
      normalUrl: data.normalUrl,
      paymentSessionData: data.paymentSessionData,
      paymentSessionId: data.paymentSessionId,
      paymentSessionExpiryTime: '2024-12-01T12:30:00+08:00',
      expiresAt: new Date('2024-12-01T04:30:00Z'),
      isPaymentResult: false,
    });
    expect(outcome.action).toMatch(/redirect the buyer to normalUrl/);
    expect(outcome.action).toMatch(/paymentSessionData/);
    expect(outcome.action).toMatch(/not a payment result.*notifyPayment.*inquiryPayment/);
  });

  it.each(['paymentElement', 'easySafePay'])('gives the %s session data to the client SDK, with no URL', (name) => {
    const outcome = interpretPaymentSession(examples[name]!.value as CreatePaymentSessionResponse);
    expect(outcome).toMatchObject({ kind: 'created', normalUrl: undefined, paymentSessionData: expect.any(String), expiresAt: expect.any(Date) });
    expect(outcome.action).not.toMatch(/normalUrl/);
    expect(outcome.action).toMatch(/client SDK.*not a payment result/);
  });

  it('says so when a created session carries nothing for the front end', () => {
    const outcome = interpretPaymentSession({ ...result('SUCCESS', 'S'), paymentSessionId: 'S1', normalUrl: '' } as CreatePaymentSessionResponse);
    expect(outcome).toMatchObject({ kind: 'created-without-data', paymentSessionId: 'S1', isPaymentResult: false });
    expect(outcome.action).toMatch(/neither normalUrl nor paymentSessionData/);
  });

  it('reads an expiry only when it is a date-time with an offset', () => {
    const at = (paymentSessionExpiryTime: unknown) =>
      interpretPaymentSession({ ...result('SUCCESS', 'S'), normalUrl: 'https://x.example/p', paymentSessionExpiryTime } as CreatePaymentSessionResponse);
    expect(at('2024-12-01T12:30:00Z')).toMatchObject({ expiresAt: new Date('2024-12-01T12:30:00Z') });
    for (const bad of ['2024-12-01T12:30:00', '1', 'tomorrow', '2024-13-45T99:99:00Z', 7]) expect(at(bad), String(bad)).toMatchObject({ expiresAt: undefined });
  });

  it('answers an unlisted U, a missing status or a missing body with the same request again, after checking the old paymentRequestId', () => {
    const unlisted = interpretPaymentSession(result('SOMETHING_NEW', 'U') as CreatePaymentSessionResponse);
    expect(unlisted).toMatchObject({ kind: 'retry', status: 'U', entry: { known: false } });
    expect(unlisted.action).toMatch(/same paymentRequestId.*inquiryPayment/);
    expect(interpretPaymentSession({} as CreatePaymentSessionResponse)).toMatchObject({ kind: 'retry', status: 'missing', code: '', action: unlisted.action });
    expect(interpretPaymentSession(null as never)).toMatchObject({ kind: 'retry', status: 'missing' });
    const signature = interpretPaymentSession({ result: { resultCode: 'INVALID_SIGNATURE' } } as CreatePaymentSessionResponse);
    expect(signature).toMatchObject({ kind: 'retry', status: 'missing', action: commonResultCodes.INVALID_SIGNATURE.action });
  });
});

const types = (options: readonly ConsultOption[]) => options.map((option) => option.paymentMethodType);

describe('interpretConsult', () => {
  const examples = examplesOf('/v1/payments/consult');
  const rows = { ...commonResultCodes, ...consultResultCodes };
  const OWN_KIND: Record<string, string> = { SUCCESS: 'options', NO_PAY_OPTIONS: 'no-pay-options', CURRENCY_NOT_SUPPORT: 'currency-not-supported' };

  it('takes every code the operation can answer to its kind: the two "nothing to offer" codes have their own, other failures are failed, U is retry', () => {
    for (const [code, row] of Object.entries(rows)) {
      const outcome = interpretConsult(examples[code]!.value as ConsultResponse);
      expect(outcome.kind, code).toBe(OWN_KIND[code] ?? (row.status === 'F' ? 'failed' : 'retry'));
      expect(outcome.entry).toEqual({ ...row, code, known: true });
      expect(outcome.action, code).toBe(row.action);
    }
  });

  it("lists the spec example's methods in Antom's order, the disabled one with its reason, logos, brands and limits", () => {
    const outcome = interpretConsult(examples.SUCCESS!.value as ConsultResponse);
    expect(outcome.kind).toBe('options');
    if (outcome.kind !== 'options') return;
    expect(types(outcome.options)).toEqual(['CARD', 'ALIPAY_CN', 'P24']);
    expect(types(outcome.available)).toEqual(['CARD', 'ALIPAY_CN']);
    const [card, alipay, p24] = outcome.options;
    expect(card).toMatchObject({
      enabled: true,
      preferred: true,
      paymentMethodCategory: 'CARD',
      disabledBecause: undefined,
      logo: { logoName: 'CARD', logoUrl: 'https://cdn.antom.example/logos/card' },
      cardBrands: [{ cardBrand: 'VISA', logo: { logoName: 'VISA', logoUrl: expect.any(String) } }, { cardBrand: 'MASTERCARD', logo: expect.any(Object) }],
      amountLimits: { USD: { singleLimit: { minAmount: { currency: 'USD', value: '1' }, maxAmount: { currency: 'USD', value: '1000000' } } } },
      paymentMethodRegion: ['GLOBAL'],
      supportedCurrencies: ['USD'],
    });
    expect(card?.option).toBe((examples.SUCCESS!.value as ConsultResponse).paymentOptions?.[0]);
    expect(alipay).toMatchObject({ enabled: true, preferred: false, cardBrands: [], banks: [] });
    expect(p24).toMatchObject({ enabled: false, disableReason: 'CHANNEL_NOT_SUPPORT_CURRENCY', logo: undefined });
    expect(p24?.disabledBecause).toMatch(/currency/);
  });

  const withOptions = (paymentOptions: unknown[]) => interpretConsult({ ...result('SUCCESS', 'S'), paymentOptions } as ConsultResponse);
  const optionsOf = (outcome: ReturnType<typeof interpretConsult>) => ('options' in outcome ? outcome.options : []);

  it('reads enabled and preferred from the wire strings and from native booleans; anything else is not enabled', () => {
    const outcome = withOptions([
      { paymentMethodType: 'A', enabled: 'true', preferred: true },
      { paymentMethodType: 'B', enabled: true, preferred: 'true' },
      { paymentMethodType: 'C', enabled: 'false' },
      { paymentMethodType: 'D', enabled: false },
      { paymentMethodType: 'E', enabled: 'TRUE' },
      { paymentMethodType: 'F', enabled: 1 },
      { paymentMethodType: 'G' },
    ]);
    expect(optionsOf(outcome).map((option) => [option.paymentMethodType, option.enabled, option.preferred])).toEqual([
      ['A', true, true], ['B', true, true], ['C', false, false], ['D', false, false], ['E', false, false], ['F', false, false], ['G', false, false],
    ]);
    expect(outcome.kind === 'options' && types(outcome.available)).toEqual(['A', 'B']);
  });

  it('explains every disableReason the spec lists in its own sentence, and names one it does not know', () => {
    const known = knownValuesOf('PaymentOption', 'disableReason');
    const outcome = withOptions([...known, 'BRAND_NEW_REASON', undefined].map((disableReason, index) => ({ paymentMethodType: `M${index}`, enabled: 'false', disableReason })));
    const sentences = optionsOf(outcome).map((option) => option.disabledBecause ?? '');
    const knownSentences = sentences.slice(0, known.length);
    expect(new Set(knownSentences).size).toBe(known.length);
    for (const sentence of knownSentences) expect(sentence).not.toMatch(/reports the method as unavailable|did not say/);
    expect(sentences.at(-2)).toContain('BRAND_NEW_REASON');
    expect(sentences.at(-1)).toMatch(/did not say/);
  });

  it('reports nothing to offer when every method listed is disabled, or none is listed', () => {
    const allDisabled = withOptions([{ paymentMethodType: 'P24', enabled: 'false', disableReason: 'CHANNEL_NOT_SUPPORT_CURRENCY' }]);
    expect(allDisabled).toMatchObject({ kind: 'no-pay-options', status: 'S', options: [expect.objectContaining({ paymentMethodType: 'P24' })] });
    expect(interpretConsult(result('SUCCESS', 'S') as ConsultResponse)).toMatchObject({ kind: 'no-pay-options', options: [] });
    expect(withOptions('CARD' as never).kind).toBe('no-pay-options');
  });

  it('skips entries that name no method, and falls back to paymentMethodInfos when paymentOptions is absent', () => {
    expect(types(optionsOf(withOptions([null, 7, { enabled: 'true' }, { paymentMethodType: '', enabled: 'true' }, { paymentMethodType: 'OK', enabled: 'true' }])))).toEqual(['OK']);
    const infos = interpretConsult({ ...result('SUCCESS', 'S'), paymentMethodInfos: [{ paymentMethodType: 'GCASH', enabled: 'true' }, { paymentMethodType: 'DANA', enabled: 'false' }] } as ConsultResponse);
    expect(infos.kind === 'options' && infos.options.map((option) => [option.paymentMethodType, option.enabled, option.option])).toEqual([['GCASH', true, undefined], ['DANA', false, undefined]]);
  });

  it('answers an unlisted U or a missing status with "consult again", never throwing', () => {
    expect(interpretConsult(result('SOMETHING_NEW', 'U') as ConsultResponse)).toMatchObject({ kind: 'retry', status: 'U', action: expect.stringMatching(/consult again/) });
    expect(interpretConsult(undefined as never)).toMatchObject({ kind: 'retry', status: 'missing' });
    expect(interpretConsult(result('SOMETHING_NEW', 'F') as ConsultResponse)).toMatchObject({ kind: 'failed', entry: { known: false } });
  });
});
