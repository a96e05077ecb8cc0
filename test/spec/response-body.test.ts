// PayResponse, PaymentNotification and NotificationAck as compiled from the bundle: liberal in what Antom
// sends (extra fields, unknown codes), strict about what the table and the ack protocol fix.
import { describe, expect, it } from 'vitest';
import { bundleSchema, formatErrors, getPointer, loadBundle, validate, validator } from './helpers.ts';
import type { Json } from './helpers.ts';

const payResponse = validator('PayResponse');
const notification = validator('PaymentNotification');
const ack = validator('NotificationAck');

const inProcess = {
  result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'The payment is being processed.' },
  paymentRequestId: 'pay-req-1',
  paymentId: '202501011940108001001880000000001',
  paymentAmount: { currency: 'USD', value: '350' },
  paymentCreateTime: '2025-01-01T10:00:05+08:00',
  normalUrl: 'https://render.alipay.example/p/w/cashier/?paymentId=1',
};

const validAck = { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } };

function expectValid(errors: ReturnType<typeof validate>): void {
  expect(errors, formatErrors(errors)).toEqual([]);
}

describe('PayResponse', () => {
  it.each<[string, unknown]>([
    ['PAYMENT_IN_PROCESS with a normalUrl', inProcess],
    [
      'PAYMENT_IN_PROCESS with undocumented top-level and nested fields',
      {
        ...inProcess,
        result: { ...inProcess.result, resultDetail: 'extra' },
        paymentAmount: { ...inProcess.paymentAmount, displayValue: '3.50' },
        redirectActionForm: { method: 'GET', redirectUrl: 'https://example.test/' },
        someFutureFlag: true,
      },
    ],
    ['an unknown resultCode with status F', { result: { resultCode: 'SOME_NEW_CODE', resultStatus: 'F', resultMessage: 'New.' } }],
    ['only a result without resultMessage', { result: { resultCode: 'SOME_NEW_CODE', resultStatus: 'U' } }],
  ])('accepts %s', (_name, body) => {
    expectValid(validate(payResponse, body));
  });

  it.each<[string, unknown, string, string]>([
    ['resultStatus X', { ...inProcess, result: { ...inProcess.result, resultStatus: 'X' } }, 'enum', '/result/resultStatus'],
    ['a missing result', { ...inProcess, result: undefined }, 'required', ''],
    ['a result without resultCode', { result: { resultStatus: 'F' } }, 'required', '/result'],
    ['a numeric resultCode', { result: { resultCode: 7, resultStatus: 'F' } }, 'type', '/result/resultCode'],
    ['a non-URI normalUrl', { ...inProcess, normalUrl: 'not a url' }, 'format', '/normalUrl'],
  ])('rejects %s', (_name, raw, keyword, instancePath) => {
    const body = JSON.parse(JSON.stringify(raw)) as unknown; // drops `undefined` members
    const errors = validate(payResponse, body);
    expect(errors.some((e) => e.keyword === keyword && e.instancePath === instancePath), formatErrors(errors)).toBe(true);
  });

  it('does not forbid additional properties anywhere on the path to result', () => {
    expect(bundleSchema('PayResponse').additionalProperties).not.toBe(false);
    expect(bundleSchema('Result').additionalProperties).not.toBe(false);
  });
});

describe('PaymentNotification', () => {
  const examples = Object.entries(
    getPointer(loadBundle(), '#/webhooks/notifyPayment/post/requestBody/content/application~1json/examples') as Record<string, Json>,
  ).map(([name, ex]) => {
    const ref = (ex as { $ref?: string }).$ref;
    const resolved = (ref ? getPointer(loadBundle(), ref) : ex) as { value: Json };
    return [name, resolved.value] as const;
  });

  it('has examples to check', () => {
    expect(examples.map(([name]) => name).sort()).toEqual(['pending', 'success']);
  });

  it.each(examples)('example %s validates', (_name, value) => {
    expectValid(validate(notification, value));
  });

  it('accepts an F result with extra fields and rejects one without paymentId', () => {
    const failed = {
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SOME_NEW_CODE', resultStatus: 'F', resultMessage: 'Failed.' },
      paymentRequestId: 'pay-req-1',
      paymentId: '202501011940108001001880000000001',
      paymentAmount: { currency: 'USD', value: '350' },
      customsDeclarationAmount: { currency: 'USD', value: '350' },
    };
    expectValid(validate(notification, failed));
    const { paymentId: _dropped, ...withoutId } = failed;
    const errors = validate(notification, withoutId);
    expect(errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'paymentId'), formatErrors(errors)).toBe(true);
  });
});

describe('NotificationAck', () => {
  it('accepts the fixed ack body', () => {
    expectValid(validate(ack, validAck));
  });

  it.each<[string, unknown, string]>([
    ['resultCode FAIL', { result: { ...validAck.result, resultCode: 'FAIL' } }, '/result/resultCode'],
    ['resultStatus F', { result: { ...validAck.result, resultStatus: 'F' } }, '/result/resultStatus'],
    ['resultMessage Success (wrong case)', { result: { ...validAck.result, resultMessage: 'Success' } }, '/result/resultMessage'],
  ])('rejects %s', (_name, body, instancePath) => {
    const errors = validate(ack, body);
    expect(errors.some((e) => e.keyword === 'const' && e.instancePath === instancePath), formatErrors(errors)).toBe(true);
  });

  it('rejects an ack without result', () => {
    const errors = validate(ack, {});
    expect(errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'result'), formatErrors(errors)).toBe(true);
  });
});
