// PayRequest as compiled from the bundle: valid bodies pass, and bodies that break exactly one rule fail for
// that rule (keyword and instance path), not for some incidental reason.
import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { bundleSchema, formatErrors, readReferenceJson, readReferenceText, validate, validator, withChange } from './helpers.ts';

const payRequest = validator('PayRequest');
const schema = bundleSchema('PayRequest');
const properties = schema.properties as Record<string, Record<string, unknown>>;

const REQUIRED = [
  'env',
  'order',
  'paymentRequestId',
  'paymentAmount',
  'settlementStrategy',
  'paymentMethod',
  'paymentRedirectUrl',
  'productCode',
];

const MAX_LENGTHS: Record<string, number> = {
  merchantRegion: 2,
  merchantAccountId: 32,
  userRegion: 2,
  paymentRequestId: 64,
  appId: 32,
  paymentNotifyUrl: 2048,
  paymentRedirectUrl: 2048,
};

const minimal = {
  env: { terminalType: 'WEB' },
  order: {
    referenceOrderId: 'ORD-1',
    orderDescription: 'One cup of coffee',
    orderAmount: { currency: 'USD', value: '350' },
  },
  paymentRequestId: 'pay-req-1',
  paymentAmount: { currency: 'USD', value: '350' },
  settlementStrategy: {},
  paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
  paymentRedirectUrl: 'https://merchant.example/return',
  productCode: 'CASHIER_PAYMENT',
};

const rich = {
  merchantRegion: 'SG',
  merchantAccountId: 'acct-0001',
  userRegion: 'HK',
  env: {
    terminalType: 'WAP',
    osType: 'IOS',
    userAgent: 'Mozilla/5.0 (iPhone)',
    clientIp: '203.0.113.45',
    timeZoneOffset: '-480',
    screenHeight: '844',
    screenWidth: '390',
    colorDepth: '24',
  },
  order: {
    referenceOrderId: 'ORD-2',
    orderDescription: 'Two concert tickets',
    orderAmount: { currency: 'SGD', value: '12000' },
    needDeclaration: 'false',
  },
  paymentRequestId: 'pay-req-2',
  paymentAmount: { currency: 'SGD', value: '12000' },
  settlementStrategy: { settlementCurrency: 'USD' },
  paymentMethod: { paymentMethodType: 'CARD', requireIssuerAuthentication: 'false' },
  paymentFactor: { isAuthorization: 'true', captureMode: 'AUTOMATIC' },
  creditPayPlan: { installmentNum: '6', creditPayFeeType: 'PERCENTAGE', feePercentage: '50' },
  appId: 'app-0001',
  paymentExpiryTime: '2025-01-01T10:09:00+08:00',
  paymentNotifyUrl: 'https://merchant.example/antom/notify',
  paymentRedirectUrl: 'https://merchant.example/return?order=ORD-2',
  productCode: 'CASHIER_PAYMENT',
  payToMethod: { paymentMethodType: 'ALIPAY_CN' },
  isAuthorization: 'false',
  merchant: { referenceMerchantId: 'sub-01', merchantMCC: '5812', merchantType: 'ENTERPRISE' },
  paymentVerificationData: { verifyRequestId: 'verify-1', authenticationCode: '123456' },
  extendInfo: '{"note":"x"}',
  dualOfflinePayment: 'false',
  customizedInfo: { customizedField1: 'campaign-7' },
  paymentQuote: { quoteId: 'quote-1', quoteCurrencyPair: 'SGD/USD', quotePrice: '0.7412' },
  processingAmount: { currency: 'USD', value: '8894' },
  metadata: '{"cart":"42"}',
  taxCalculationId: 'tax-calc-1',
};

/** Same as `rich`, with the SDK-style native numbers and booleans the spec tolerates. */
const sdkTyped = {
  ...rich,
  env: { ...rich.env, timeZoneOffset: -480 },
  order: { ...rich.order, needDeclaration: false },
  paymentMethod: { ...rich.paymentMethod, requireIssuerAuthentication: false },
  paymentFactor: { ...rich.paymentFactor, isAuthorization: true },
  isAuthorization: false,
  dualOfflinePayment: false,
  paymentQuote: { ...rich.paymentQuote, quotePrice: 0.7412 },
  creditPayPlan: { ...rich.creditPayPlan, installmentNum: 6, feePercentage: 50 },
};

/** A valid URL of exactly `length` characters. */
function urlOfLength(length: number): string {
  const base = 'https://merchant.example/';
  return base + 'a'.repeat(length - base.length);
}

/** A valid value of exactly `length` characters for a top-level string field. */
function valueOfLength(field: string, length: number): string {
  if (field.endsWith('Url')) return urlOfLength(length);
  if (field.endsWith('Region')) return 'A'.repeat(length); // pattern ^[A-Z]{2}$
  return 'x'.repeat(length);
}

interface Expected {
  keyword: string;
  instancePath: string;
  /** For `required`: the property reported missing. */
  missingProperty?: string;
}

/**
 * Asserts that `body` is rejected, that some error has the expected keyword and path, and that every other
 * error is at or below the same path (Ajv adds an `if` error when a conditional `then` fails; it is allowed).
 */
function expectRejected(body: unknown, want: Expected): void {
  const errors = validate(payRequest, body);
  const shown = formatErrors(errors);
  expect(errors.length, `expected a failure, got none`).toBeGreaterThan(0);
  const matches = (e: ErrorObject): boolean =>
    e.keyword === want.keyword &&
    e.instancePath === want.instancePath &&
    (want.missingProperty === undefined || (e.params as { missingProperty?: string }).missingProperty === want.missingProperty);
  expect(errors.some(matches), shown).toBe(true);
  const unrelated = errors.filter(
    (e) => e.keyword !== 'if' && !(e.instancePath === want.instancePath || e.instancePath.startsWith(`${want.instancePath}/`)),
  );
  expect(unrelated, shown).toEqual([]);
}

describe('PayRequest: valid bodies', () => {
  it.each([
    ['minimal (only the REQUIRED fields)', minimal],
    ['rich (every top-level field)', rich],
    ['SDK-typed (native numbers and booleans)', sdkTyped],
  ] as const)('%s passes', (_name, body) => {
    const errors = validate(payRequest, body);
    expect(errors, formatErrors(errors)).toEqual([]);
  });

  it('the minimal body has exactly the required fields and the rich body has every declared field', () => {
    expect(Object.keys(minimal).sort()).toEqual([...REQUIRED].sort());
    expect(Object.keys(rich).sort()).toEqual(Object.keys(properties).sort());
  });

  it.each(Object.entries(MAX_LENGTHS))('%s of exactly its maximum length (%i) passes', (field, max) => {
    const errors = validate(payRequest, withChange(minimal, field, valueOfLength(field, max)));
    expect(errors, formatErrors(errors)).toEqual([]);
  });
});

describe('PayRequest: required set', () => {
  it('equals the REQUIRED markers of the seed document and of pay-fields.json', () => {
    const seed = readReferenceText('seed-pay-checkout.txt');
    const start = seed.indexOf('Request parameters');
    const end = seed.indexOf('Response parameters');
    expect(start, 'seed has a "Request parameters" section').toBeGreaterThanOrEqual(0);
    expect(end, 'seed has a "Response parameters" section after it').toBeGreaterThan(start);
    // The seed separates name, type and marker with no-break spaces (U+00A0), hence [^\S\n] and not ' '.
    const seedRequired = [...seed.slice(start, end).matchAll(/^(\w+)[^\S\n]+[\w<>]+[^\S\n]+REQUIRED[^\S\n]*$/gm)].map((m) => m[1]);

    const fields = readReferenceJson<{ types: { PayRequest: { fields: Array<{ name: string; required: unknown }> } } }>(
      'pay-fields.json',
    ).types.PayRequest.fields;
    const referenceRequired = fields.filter((f) => f.required === true).map((f) => f.name);

    expect([...seedRequired].sort()).toEqual([...REQUIRED].sort());
    expect([...referenceRequired].sort()).toEqual([...REQUIRED].sort());
    expect([...(schema.required as string[])].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(REQUIRED)('a body without %s is rejected', (field) => {
    expectRejected(withChange(minimal, field, undefined), { keyword: 'required', instancePath: '', missingProperty: field });
  });
});

describe('PayRequest: maximum lengths', () => {
  it('match every maxLength of the PayRequest fields in pay-fields.json', () => {
    const fields = readReferenceJson<{ types: { PayRequest: { fields: Array<{ name: string; maxLength?: number }> } } }>(
      'pay-fields.json',
    ).types.PayRequest.fields;
    const reference = Object.fromEntries(
      fields.filter((f) => f.maxLength !== undefined).map((f) => [f.name, f.maxLength] as const),
    );
    expect(reference).toEqual(MAX_LENGTHS);
    for (const [field, max] of Object.entries(reference)) {
      expect(properties[field]?.maxLength, `schema maxLength of ${field}`).toBe(max);
    }
  });

  it.each(Object.entries(MAX_LENGTHS))('%s one character over its maximum (%i) is rejected', (field, max) => {
    expectRejected(withChange(minimal, field, valueOfLength(field, max + 1)), { keyword: 'maxLength', instancePath: `/${field}` });
  });
});

describe('PayRequest: single-rule violations', () => {
  const miniApp = withChange(minimal, 'env', { terminalType: 'MINI_APP' });
  const card = withChange(minimal, 'paymentMethod', { paymentMethodType: 'CARD' });

  it.each<[string, unknown, Expected]>([
    // wrong types
    ['paymentRequestId as a number', withChange(minimal, 'paymentRequestId', 12345), { keyword: 'type', instancePath: '/paymentRequestId' }],
    ['paymentAmount.value as a number', withChange(minimal, 'paymentAmount.value', 350), { keyword: 'type', instancePath: '/paymentAmount/value' }],
    ['env as a string', withChange(minimal, 'env', 'WEB'), { keyword: 'type', instancePath: '/env' }],
    ['settlementStrategy as a boolean', withChange(minimal, 'settlementStrategy', true), { keyword: 'type', instancePath: '/settlementStrategy' }],
    ['order.orderAmount as a boolean', withChange(minimal, 'order.orderAmount', false), { keyword: 'type', instancePath: '/order/orderAmount' }],
    // missing required children
    ['env without terminalType', withChange(minimal, 'env.terminalType', undefined), { keyword: 'required', instancePath: '/env', missingProperty: 'terminalType' }],
    ['order without referenceOrderId', withChange(minimal, 'order.referenceOrderId', undefined), { keyword: 'required', instancePath: '/order', missingProperty: 'referenceOrderId' }],
    ['order without orderAmount', withChange(minimal, 'order.orderAmount', undefined), { keyword: 'required', instancePath: '/order', missingProperty: 'orderAmount' }],
    ['paymentAmount without currency', withChange(minimal, 'paymentAmount.currency', undefined), { keyword: 'required', instancePath: '/paymentAmount', missingProperty: 'currency' }],
    ['paymentMethod without paymentMethodType', withChange(minimal, 'paymentMethod.paymentMethodType', undefined), { keyword: 'required', instancePath: '/paymentMethod', missingProperty: 'paymentMethodType' }],
    // enums
    ['productCode AGREEMENT_PAYMENT', withChange(minimal, 'productCode', 'AGREEMENT_PAYMENT'), { keyword: 'enum', instancePath: '/productCode' }],
    ['env.terminalType TV', withChange(minimal, 'env.terminalType', 'TV'), { keyword: 'enum', instancePath: '/env/terminalType' }],
    // formats
    ['paymentRedirectUrl not a URI', withChange(minimal, 'paymentRedirectUrl', 'merchant.example/return'), { keyword: 'format', instancePath: '/paymentRedirectUrl' }],
    ['paymentExpiryTime not a date-time', withChange(minimal, 'paymentExpiryTime', '2025-01-01 10:09'), { keyword: 'format', instancePath: '/paymentExpiryTime' }],
    // conditional rules
    ['terminalType MINI_APP without appId', miniApp, { keyword: 'required', instancePath: '', missingProperty: 'appId' }],
    ['paymentMethodType CARD without paymentFactor', card, { keyword: 'required', instancePath: '', missingProperty: 'paymentFactor' }],
  ])('%s is rejected', (_name, body, want) => {
    expectRejected(body, want);
  });

  it.each<[string, unknown]>([
    ['terminalType MINI_APP with appId', withChange(miniApp, 'appId', '2102020000000001')],
    ['paymentMethodType CARD with paymentFactor', withChange(card, 'paymentFactor', { isAuthorization: 'true' })],
    ['appId without MINI_APP', withChange(minimal, 'appId', '2102020000000001')],
  ])('%s passes', (_name, body) => {
    const errors = validate(payRequest, body);
    expect(errors, formatErrors(errors)).toEqual([]);
  });

  it.each<[string, unknown, Expected]>([
    ['env.timeZoneOffset 721 (native, out of range)', withChange(minimal, 'env', { terminalType: 'WEB', timeZoneOffset: 721 }), { keyword: 'maximum', instancePath: '/env/timeZoneOffset' }],
    ['env.timeZoneOffset "721" (string, out of range)', withChange(minimal, 'env', { terminalType: 'WEB', timeZoneOffset: '721' }), { keyword: 'pattern', instancePath: '/env/timeZoneOffset' }],
    ['creditPayPlan.installmentNum 1 (native, below range)', withChange(minimal, 'creditPayPlan', { installmentNum: 1 }), { keyword: 'minimum', instancePath: '/creditPayPlan/installmentNum' }],
    ['creditPayPlan.installmentNum 6.5 (not an integer)', withChange(minimal, 'creditPayPlan', { installmentNum: 6.5 }), { keyword: 'type', instancePath: '/creditPayPlan/installmentNum' }],
    ['order.needDeclaration "yes"', withChange(minimal, 'order.needDeclaration', 'yes'), { keyword: 'pattern', instancePath: '/order/needDeclaration' }],
  ])('SDK-style typing stays bounded: %s is rejected', (_name, body, want) => {
    expectRejected(body, want);
  });
});
