// The payment-method catalogue and the one filter behind consult and the Checkout Page: regions, currencies, amount
// limits, Antom's order and the answer's code, as given/want tables; the catalogue checks a --catalogue file passes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../sandbox/checkout/catalogue-data.ts';
import { parseCatalogue, readCatalogue } from '../../sandbox/checkout/catalogue.ts';
import { paymentOptions } from '../../sandbox/checkout/options.ts';
import type { OptionQuery } from '../../sandbox/checkout/options.ts';

const FIXTURE = new URL('./fixtures/catalogue.json', import.meta.url);
const catalogue = parseCatalogue(JSON.parse(readFileSync(FIXTURE, 'utf8')), 'fixture');
const amount = (currency: string, value: string) => ({ paymentAmount: { currency, value } });
const listed = (query: OptionQuery) => {
  const answer = paymentOptions(catalogue, query);
  return { code: answer.code, options: answer.options.map((option) => `${option.paymentMethodType}${option.enabled ? '' : `:${option.disableReason}`}`) };
};

describe('the filter behind consult and the Checkout Page', () => {
  it.each<[string, OptionQuery, string, string[]]>([
    ['no filter, SGD 10.00', amount('SGD', '1000'), 'SUCCESS', ['TEST_WALLET_SG', 'TEST_WALLET_KR', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE']],
    ['SGD 0.99, below the SG wallet minimum', amount('SGD', '99'), 'SUCCESS', ['TEST_WALLET_SG:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_WALLET_KR:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE']],
    ['SGD 5000.00, the SG maximum exactly', amount('SGD', '500000'), 'SUCCESS', ['TEST_WALLET_SG', 'TEST_WALLET_KR:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE']],
    ['SGD 5000.01, one above', amount('SGD', '500001'), 'SUCCESS', ['TEST_WALLET_SG:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_WALLET_KR:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE']],
    ['regions SG and PL', { ...amount('SGD', '1000'), allowedPaymentMethodRegions: ['SG', 'PL'] }, 'SUCCESS', ['TEST_WALLET_SG', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY']],
    ['region GLOBAL', { ...amount('USD', '1000'), allowedPaymentMethodRegions: ['GLOBAL'] }, 'SUCCESS', ['TEST_CARD']],
    ['buyer in KR', { ...amount('SGD', '1000'), userRegion: 'KR' }, 'SUCCESS', ['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY', 'TEST_CARD', 'TEST_ANYWHERE']],
    ['allowed and blocked methods', { ...amount('SGD', '1000'), allowedPaymentMethods: ['TEST_CARD', 'TEST_WALLET_SG'], blockedPaymentMethods: ['TEST_CARD'] }, 'SUCCESS', ['TEST_WALLET_SG']],
    ['region PL, SGD', { ...amount('SGD', '1000'), allowedPaymentMethodRegions: ['PL'] }, 'CURRENCY_NOT_SUPPORT', ['TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY']],
    ['region BR: nothing there', { ...amount('SGD', '1000'), allowedPaymentMethodRegions: ['BR'] }, 'NO_PAY_OPTIONS', []],
    ['region SG, SGD 1.00: the minimum exactly', { ...amount('SGD', '100'), allowedPaymentMethodRegions: ['SG'] }, 'SUCCESS', ['TEST_WALLET_SG']],
    ['regions SG and PL, SGD 0.50: one lacks the currency, one is below its limit', { ...amount('SGD', '50'), allowedPaymentMethodRegions: ['SG', 'PL'] }, 'NO_PAY_OPTIONS', ['TEST_WALLET_SG:EXCEED_CHANNEL_LIMIT_RULE', 'TEST_BANK_PL:CHANNEL_NOT_SUPPORT_CURRENCY']],
    ['region SG, SGD 0.50: nothing within limits', { ...amount('SGD', '50'), allowedPaymentMethodRegions: ['SG'] }, 'NO_PAY_OPTIONS', ['TEST_WALLET_SG:EXCEED_CHANNEL_LIMIT_RULE']],
  ])('when the query is %s, then the code is %s and the list is as Antom would order it', (_name, query, code, options) => {
    expect(listed(query)).toEqual({ code, options });
  });

  it('when a method has limits, then they appear keyed by currency with the card brands of a card', () => {
    const card = paymentOptions(catalogue, amount('USD', '100')).options.find((option) => option.paymentMethodType === 'TEST_CARD');
    expect(card).toEqual({
      paymentMethodType: 'TEST_CARD',
      paymentMethodCategory: 'CARD',
      paymentMethodRegion: ['GLOBAL'],
      enabled: true,
      supportedCurrencies: ['USD', 'SGD', 'EUR'],
      amountLimitInfoMap: { USD: { singleLimit: { minAmount: { currency: 'USD', value: '50' }, maxAmount: { currency: 'USD', value: '1000000' }, remainAmount: { currency: 'USD', value: '1000000' } } } },
      paymentOptionDetail: { supportCardBrands: [{ cardBrand: 'VISA' }] },
    });
  });

  it('when the built-in catalogue is asked for a buyer in KR, or for GLOBAL, then KAKAOPAY comes first, or CARD alone', () => {
    const types = (query: OptionQuery) => paymentOptions(DEFAULT_CATALOGUE, query).options.map((option) => option.paymentMethodType);
    expect(types(amount('USD', '100'))).toEqual(['ALIPAY_CN', 'KAKAOPAY', 'CARD']);
    expect(types({ ...amount('USD', '100'), userRegion: 'KR' })).toEqual(['KAKAOPAY', 'ALIPAY_CN', 'CARD']);
    expect(types({ ...amount('USD', '100'), allowedPaymentMethodRegions: ['GLOBAL'] })).toEqual(['CARD']);
    expect(parseCatalogue(structuredClone(DEFAULT_CATALOGUE))).toEqual(DEFAULT_CATALOGUE);
  });
});

describe('catalogue files', () => {
  const write = (content: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'antom-catalogue-')), 'methods.json');
    writeFileSync(file, content);
    return file;
  };

  it('when the fixture is read from disk, then every method comes back as written', () => {
    expect(readCatalogue(FIXTURE.pathname).map((method) => method.paymentMethodType)).toEqual(['TEST_WALLET_SG', 'TEST_WALLET_KR', 'TEST_BANK_PL', 'TEST_CARD', 'TEST_ANYWHERE']);
  });

  it.each([
    ['not JSON', '[{', /not JSON/],
    ['an object', '{}', /must be a JSON array/],
    ['an empty list', '[]', /must be a JSON array/],
    ['a typo in a field name', '[{"paymentMethodType":"X","supportedCurrency":["USD"]}]', /\[0\]: unknown field supportedCurrency/],
    ['a lower-case region', '[{"paymentMethodType":"X","paymentMethodRegion":["sg"]}]', /\[0\]\.paymentMethodRegion must be/],
    ['a number as amount', '[{"paymentMethodType":"X","amountLimits":{"USD":{"minAmount":1,"maxAmount":"2"}}}]', /\[0\]\.amountLimits\.USD must be/],
    ['min above max', '[{"paymentMethodType":"X","amountLimits":{"USD":{"minAmount":"3","maxAmount":"2"}}}]', /minAmount is greater than maxAmount/],
    ['a method twice', '[{"paymentMethodType":"X"},{"paymentMethodType":"X"}]', /\[1\]: X is listed twice/],
    ['markup as a method code', '[{"paymentMethodType":"<b>X</b>"}]', /paymentMethodType must be a method code/],
  ])('when the file holds %s, then reading it fails naming the file and the place', (_name, content, problem) => {
    const file = write(content);
    expect(() => readCatalogue(file)).toThrow(problem);
    expect(() => readCatalogue(file)).toThrow(file);
  });

  it('when the sandbox command is given a broken catalogue, then it exits with status 1 naming the file and the place, before starting', () => {
    const file = write('[{"paymentMethodType":"X","amountLimits":{"usd":{"minAmount":"1","maxAmount":"2"}}}]');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', '0', '--no-https', '--catalogue', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}[0].amountLimits.usd: the key must be a 3-letter ISO 4217 currency code`);
    expect(run.stdout).not.toContain('listening on');
  });
});
