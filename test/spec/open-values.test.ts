// What Antom may send is never rejected: open value lists on response-only fields, the full time-zone range and
// journey legs that are not flights, checked with Ajv against the bundled spec.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatErrors, repoRoot, validate, validator } from './helpers.ts';

const payRequest = validator('PayRequest');
const payResponse = validator('PayResponse');
const notification = validator('PaymentNotification');

const request = {
  env: { terminalType: 'WEB' },
  order: { referenceOrderId: 'ORD-1', orderDescription: 'Rail ticket', orderAmount: { currency: 'EUR', value: '4200' } },
  paymentRequestId: 'pay-req-1',
  paymentAmount: { currency: 'EUR', value: '4200' },
  settlementStrategy: {},
  paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
  paymentRedirectUrl: 'https://merchant.example/return',
  productCode: 'CASHIER_PAYMENT',
};

const card = {
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay-req-1',
  paymentId: '202501011940108001001880000000001',
  paymentAmount: { currency: 'USD', value: '350' },
};

const withEnv = (env: Record<string, unknown>) => ({ ...request, env: { terminalType: 'WEB', ...env } });
const withThreeDS = (threeDSResult: Record<string, unknown>) => ({ ...card, paymentResultInfo: { threeDSResult } });

function expectValid(fn: ReturnType<typeof validator>, body: unknown): void {
  const errors = validate(fn, body);
  expect(errors, formatErrors(errors)).toEqual([]);
}

describe('open value lists', () => {
  it.each<[string, unknown]>([
    ['threeDSVersion 2.3.1', withThreeDS({ threeDSVersion: '2.3.1' })],
    ['a known threeDSVersion', withThreeDS({ threeDSVersion: '2.2.0', eci: '05' })],
    ['eci 03 and an unlisted exemptionType', withThreeDS({ eci: '03', exemptionType: 'secureCorporate' })],
    ['an unlisted cardCategory', { ...card, paymentResultInfo: { cardCategory: 'PREMIUM' } }],
    ['an unlisted promotionType', { ...card, promotionResult: [{ promotionType: 'CASHBACK' }] }],
    ['an unlisted challengeType', { ...card, challengeActionForm: { challengeType: 'FACE_ID', triggerSource: 'ISSUER' } }],
  ])('a pay response with %s is accepted', (_name, body) => {
    expectValid(payResponse, body);
  });

  it('a notification with notifyType UPDATE_AMOUNT_RESULT and unlisted review values is accepted', () => {
    expectValid(notification, {
      ...card,
      notifyType: 'UPDATE_AMOUNT_RESULT',
      updateRequestId: 'upd-1',
      authReviewStatus: 'ESCALATED',
      authReviewSource: 'ISSUER',
      popRiskDecisionResultInfo: { postRiskDecision: 'HOLD' },
    });
  });

  it.each<[string, unknown, string]>([
    ['a 17-character threeDSVersion', withThreeDS({ threeDSVersion: '2.3.1-0123456789' + 'x' }), '/paymentResultInfo/threeDSResult/threeDSVersion'],
    ['a numeric threeDSVersion', withThreeDS({ threeDSVersion: 2.3 }), '/paymentResultInfo/threeDSResult/threeDSVersion'],
  ])('a pay response with %s is still rejected', (_name, body, path) => {
    const errors = validate(payResponse, body);
    expect(errors.some((e) => e.instancePath === path), formatErrors(errors)).toBe(true);
  });

  it('a notification with a 65-character notifyType is rejected', () => {
    const errors = validate(notification, { ...card, notifyType: 'X'.repeat(65) });
    expect(errors.some((e) => e.instancePath === '/notifyType'), formatErrors(errors)).toBe(true);
  });

  it('the generated types offer the known values, still take any string, and keep the closed resultStatus', () => {
    const types = readFileSync(join(repoRoot, 'generated/schema.ts'), 'utf8');
    expect(types).toContain('threeDSVersion?: "1.0.2" | "2.1.0" | "2.2.0" | (string & {});');
    expect(types).toContain('notifyType: "PAYMENT_RESULT" | "PAYMENT_PENDING" | (string & {});');
    expect(types).toContain('resultStatus: components["schemas"]["ResultStatus"];');
  });
});

describe('open value lists of the checkout answers and the dispute notification', () => {
  const dispute = {
    paymentRequestId: 'pay-req-1',
    disputeId: '202412051940108001001882D0209800011',
    paymentId: '202411201940108001001881A0209855555',
    disputeNotificationType: 'DISPUTE_CREATED',
  };
  const option = { paymentMethodType: 'CARD', enabled: true };
  const consult = (paymentOption: Record<string, unknown>) => ({ result: card.result, paymentOptions: [{ ...option, ...paymentOption }] });
  const ok = { result: card.result };

  it.each<[string, string, unknown]>([
    ['a new disputeNotificationType', 'DisputeNotification', { ...dispute, disputeNotificationType: 'DISPUTE_ESCALATED' }],
    ['an unlisted disputeJudgedResult, disputeType and disputeAcceptReason', 'DisputeNotification', { ...dispute, disputeJudgedResult: 'SPLIT_LIABILITY', disputeType: 'PRE_ARBITRATION', disputeAcceptReason: 'ISSUER_WITHDRAWN' }],
    ['an unlisted paymentMethodCategory, disableReason and interactionType', 'ConsultResponse', consult({ paymentMethodCategory: 'BNPL', disableReason: 'RISK_REJECT', interactionType: 'NFC' })],
    ['an unlisted card funding and interaction type in the detail', 'ConsultResponse', consult({ paymentOptionDetail: { funding: ['COMMERCIAL'], interactionTypes: ['PUSH'] } })],
    ['an unlisted promotionType', 'ConsultResponse', consult({ promotionInfos: [{ promotionType: 'CASHBACK' }] })],
    ['an unlisted disputeEvidenceFormat', 'DownloadDisputeEvidenceResponse', { ...ok, disputeEvidence: 'UEsDBA==', disputeEvidenceFormat: 'DOCX' }],
  ])('%s is accepted', (_name, schema, body) => {
    expectValid(validator(schema), body);
  });

  it.each<[string, string, unknown, string]>([
    ['a 31-character disputeNotificationType', 'DisputeNotification', { ...dispute, disputeNotificationType: 'X'.repeat(31) }, '/disputeNotificationType'],
    ['a numeric disputeEvidenceFormat', 'DownloadDisputeEvidenceResponse', { ...ok, disputeEvidenceFormat: 7 }, '/disputeEvidenceFormat'],
    ['a 65-character disableReason', 'ConsultResponse', consult({ disableReason: 'X'.repeat(65) }), '/paymentOptions/0/disableReason'],
  ])('%s is still rejected', (_name, schema, body, path) => {
    const errors = validate(validator(schema), body);
    expect(errors.some((e) => e.instancePath === path), formatErrors(errors)).toBe(true);
  });

  it('request value lists stay closed: an unknown productScene or disputeEvidenceType is refused', () => {
    expect(validate(validator('DownloadDisputeEvidenceRequest'), { disputeId: 'd-1', disputeEvidenceType: 'DISPUTE_EVIDENCE_AI' }).length).toBeGreaterThan(0);
    const errors = validate(validator('CreatePaymentSessionRequest'), { productScene: 'SUBSCRIPTION' });
    expect(errors.some((e) => e.instancePath === '/productScene' && e.keyword === 'enum'), formatErrors(errors)).toBe(true);
  });

  it('the generated types offer the known values and still take any string', () => {
    const types = readFileSync(join(repoRoot, 'generated/schema.ts'), 'utf8');
    expect(types).toContain(
      'disputeNotificationType: "DISPUTE_CREATED" | "DISPUTE_JUDGED" | "DISPUTE_CANCELLED" | "DEFENSE_SUPPLIED" | "DEFENSE_DUE_ALERT" | "DISPUTE_ACCEPTED" | "RDR_RESOLVED" | (string & {});',
    );
    expect(types).toContain('disputeEvidenceFormat?: "WORD" | "PDF" | "ZIP" | "JPG" | (string & {});');
  });
});

describe('env.timeZoneOffset covers every zone from UTC-12 to UTC+14', () => {
  it.each<[string, unknown]>([
    ['"-780" (UTC+13)', '-780'],
    ['"-840" (UTC+14)', '-840'],
    ['-840 as a native integer', -840],
    ['"720" (UTC-12)', '720'],
    ['"-345" (UTC+5:45)', '-345'],
  ])('%s is accepted', (_name, value) => {
    expectValid(payRequest, withEnv({ timeZoneOffset: value }));
  });

  it.each<[string, unknown, string]>([
    ['"-841"', '-841', 'pattern'],
    ['-841 as a native integer', -841, 'minimum'],
    ['"721"', '721', 'pattern'],
    ['"-0780" (leading zero)', '-0780', 'pattern'],
  ])('%s is rejected', (_name, value, keyword) => {
    const errors = validate(payRequest, withEnv({ timeZoneOffset: value }));
    expect(errors.some((e) => e.keyword === keyword && e.instancePath === '/env/timeZoneOffset'), formatErrors(errors)).toBe(true);
  });
});

describe('journey legs', () => {
  it('a train leg without a departure airport is accepted', () => {
    const transit = {
      transitType: 'TRAIN',
      legs: [{ departureTime: '2025-03-01T08:00:00+01:00', carrierName: 'Rail Co', departureAddress: { region: 'DE', city: 'Berlin' } }],
    };
    expectValid(payRequest, { ...request, order: { ...request.order, transit } });
  });
});
