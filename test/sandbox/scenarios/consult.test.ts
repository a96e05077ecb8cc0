// consult against a real sandbox through the typed client, once with the fixture catalogue (made-up methods with
// currencies and limits, test/sandbox/fixtures/catalogue.json) and once with the built-in one: amount limits,
// currencies, regions, Antom's order and the failure codes. Every answer is checked against the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultBody } from '../../../src/index.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { checkedClient, startTestSandbox } from '../helpers/sandbox.ts';
import { FIXTURE_CATALOGUE } from '../helpers/sessions.ts';

let fixture: RunningMock;
let builtIn: RunningMock;

beforeAll(async () => {
  [fixture, builtIn] = await Promise.all([startTestSandbox({ settings: { catalogue: FIXTURE_CATALOGUE } }), startTestSandbox()]);
});
afterAll(async () => {
  await fixture?.close();
  await builtIn?.close();
});

const body = (currency: string, value: string, extra: Record<string, unknown> = {}): ConsultBody => {
  const { userRegion: _region, ...example } = requestExample('web', 'consult');
  return { ...example, paymentAmount: { currency, value }, ...extra } as unknown as ConsultBody;
};
async function ask(sandbox: RunningMock, request: ConsultBody) {
  const { data } = await checkedClient(sandbox.url).consult(request);
  const options = (data.paymentOptions ?? []).map((option) => `${option.paymentMethodType}${option.enabled === 'true' ? '' : `:${String(option.disableReason)}`}`);
  return { code: data.result.resultCode, status: data.result.resultStatus, options, data };
}

describe('consult with the fixture catalogue', () => {
  it('when SGD 10.00 is asked for a buyer in KR, then every method comes back, KR first, with the unsupported currency disabled', async () => {
    expect(await ask(fixture, body('SGD', '1000', { userRegion: 'KR' }))).toMatchObject({
      code: 'SUCCESS',
      options: ['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE'],
    });
  });

  it.each([
    ['0.99', '99', 'NO_PAY_OPTIONS'],
    ['1.00', '100', 'SUCCESS'],
    ['5000.00', '500000', 'SUCCESS'],
    ['5000.01', '500001', 'NO_PAY_OPTIONS'],
  ])('when SGD %s is asked for region SG, then the SG wallet\'s limit makes the answer %s', async (_shown, value, code) => {
    const answer = await ask(fixture, body('SGD', value, { allowedPaymentMethodRegions: ['SG'] }));
    expect(answer).toMatchObject({ code, options: code === 'SUCCESS' ? ['TEST_WALLET_SG'] : [] });
  });

  it('when SGD 0.99 is asked for regions SG and GLOBAL, then the SG wallet is listed disabled for its limit beside the card', async () => {
    const answer = await ask(fixture, body('SGD', '99', { allowedPaymentMethodRegions: ['SG', 'GLOBAL'] }));
    expect(answer).toMatchObject({ code: 'SUCCESS', options: ['TEST_WALLET_SG:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_CARD'] });
  });

  it('when the limits are listed, then they are keyed by currency', async () => {
    const { data } = await ask(fixture, body('USD', '100', { allowedPaymentMethodRegions: ['GLOBAL'] }));
    expect(data.paymentOptions).toEqual([expect.objectContaining({ paymentMethodType: 'TEST_CARD', amountLimitInfoMap: { USD: { singleLimit: expect.objectContaining({ maxAmount: { currency: 'USD', value: '1000000' } }) } } })]);
  });

  it.each([
    ['the only region left lacks the currency', body('SGD', '1000', { allowedPaymentMethodRegions: ['PL'] }), 'CURRENCY_NOT_SUPPORT'],
    ['no method is in the region', body('SGD', '1000', { allowedPaymentMethodRegions: ['BR'] }), 'NO_PAY_OPTIONS'],
    ['every method is blocked', body('SGD', '1000', { blockedPaymentMethods: FIXTURE_CATALOGUE.map((method) => method.paymentMethodType) }), 'NO_PAY_OPTIONS'],
  ])('when %s, then consult answers F without a list', async (_name, request, code) => {
    const answer = await ask(fixture, request);
    expect(answer).toMatchObject({ code, status: 'F', options: [] });
    expect(answer.data).not.toHaveProperty('paymentOptions');
  });
});

describe('consult with the built-in catalogue', () => {
  it('when asked without a region, for KR, and for GLOBAL, then the order and the list follow the reference', async () => {
    expect((await ask(builtIn, body('USD', '100'))).options).toEqual(['ALIPAY_CN', 'KAKAOPAY', 'CARD']);
    expect((await ask(builtIn, body('USD', '100', { userRegion: 'KR' }))).options).toEqual(['KAKAOPAY', 'ALIPAY_CN', 'CARD']);
    const global = await ask(builtIn, body('USD', '100', { allowedPaymentMethodRegions: ['GLOBAL'] }));
    expect(global.data.paymentOptions).toEqual([expect.objectContaining({ paymentMethodType: 'CARD', paymentOptionDetail: { supportCardBrands: [{ cardBrand: 'VISA' }, { cardBrand: 'MASTERCARD' }] } })]);
  });
});
