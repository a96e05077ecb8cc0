// The Checkout Payment lifecycle operations (inquiryPayment, cancel, refund, inquiryRefund, capture) and the
// notifyRefund / notifyCapture webhooks: every example validates against its schema with Ajv, each operation's
// response examples are exactly one per code it can answer (its own table's, then the gateway-wide ones of
// spec/result-codes/common.yaml it does not override), and each table uses only codes that the reference material
// names (../shared/reference/lifecycle/*.json, plus gateway-wide codes of result-codes.json marked inferred); a
// code the reference names may live in common.yaml instead, and an inferred own row for a gateway-wide code must
// say something the common row does not.
import { describe, expect, it } from 'vitest';
import { formatErrors, getPointer, loadBundle, pointerSegment, readReferenceJson, readRepoYaml, validate, validatorAt, withChange } from './helpers.ts';
import type { Json, JsonObject } from './helpers.ts';

interface TableRow {
  code: string;
  status: string;
  message: string;
  action: string;
  inferred?: boolean;
}

interface LifecycleReference {
  resultCodes: Array<{ code: string; status: string; inferred?: boolean }>;
}

const OPERATIONS = [
  { id: 'inquiryPayment', path: '/v1/payments/inquiryPayment', defaultCode: 'SUCCESS' },
  { id: 'cancel', path: '/v1/payments/cancel', defaultCode: 'SUCCESS' },
  { id: 'refund', path: '/v1/payments/refund', defaultCode: 'SUCCESS' },
  { id: 'inquiryRefund', path: '/v1/payments/inquiryRefund', defaultCode: 'SUCCESS' },
  { id: 'capture', path: '/v1/payments/capture', defaultCode: 'SUCCESS' },
] as const;

const WEBHOOKS = ['notifyRefund', 'notifyCapture'] as const;

const bundle = loadBundle();

function asObject(node: Json | undefined): JsonObject {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {};
}

function exampleValues(examples: Json | undefined): Array<[string, Json]> {
  return Object.entries(asObject(examples)).map(([name, example]) => {
    const ex = asObject(example);
    const resolved = typeof ex.$ref === 'string' ? asObject(getPointer(bundle, ex.$ref)) : ex;
    if (!('value' in resolved)) throw new Error(`example ${name} has no value`);
    return [name, resolved.value as Json];
  });
}

function operationPointer(group: 'paths' | 'webhooks', key: string): string {
  return `#/${group}/${pointerSegment(key)}/post`;
}

const table = (id: string): TableRow[] => readRepoYaml<{ codes: TableRow[] }>(`spec/result-codes/${id}.yaml`).codes;
const common = table('common');

describe.each(OPERATIONS)('$id', ({ id, path, defaultCode }) => {
  const op = operationPointer('paths', path);
  const requestSchema = `${op}/requestBody/content/application~1json/schema`;
  const responseSchema = `${op}/responses/200/content/application~1json/schema`;
  const requests = exampleValues(asObject(getPointer(bundle, `${op}/requestBody/content/application~1json`) as JsonObject).examples);
  const responses = exampleValues(asObject(getPointer(bundle, `${op}/responses/200/content/application~1json`) as JsonObject).examples);
  const rows = table(id);
  /** What the operation can answer: its own rows, then the gateway-wide rows it does not override. */
  const answered = [...rows, ...common.filter((c) => !rows.some((r) => r.code === c.code))];

  it('has the operationId and at least two named request examples', () => {
    expect(asObject(getPointer(bundle, op) as JsonObject).operationId).toBe(id);
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });

  it.each(requests)('request example %s validates', (_name, value) => {
    const errors = validate(validatorAt(requestSchema), value);
    expect(errors, formatErrors(errors)).toEqual([]);
  });

  it('has one response example per code it can answer, the default first, its own codes before the gateway-wide ones', () => {
    expect(responses.map(([name]) => name)).toEqual([defaultCode, ...answered.map((r) => r.code).filter((code) => code !== defaultCode)]);
    expect(common.length).toBeGreaterThan(0);
  });

  it.each(responses)('response example %s validates and carries its own code and status', (name, value) => {
    const errors = validate(validatorAt(responseSchema), value);
    expect(errors, formatErrors(errors)).toEqual([]);
    const result = asObject(asObject(value).result);
    expect(result.resultCode).toBe(name);
    const row = answered.find((r) => r.code === name);
    expect(row, `${name} is in neither table`).toBeDefined();
    expect(result.resultStatus).toBe(row?.status);
    expect(result.resultMessage).toBe(row?.message);
  });

  it('uses exactly the codes the reference names, and marks every other row as inferred', () => {
    const reference = readReferenceJson<LifecycleReference>(`lifecycle/${id}.json`).resultCodes;
    const gatewayWide = new Set(readReferenceJson<Array<{ code: string }>>('result-codes.json').map((c) => c.code));
    for (const ref of reference) {
      // A documented code lives in the operation's table, or in common.yaml when the operation needs no row of its own.
      const row = rows.find((r) => r.code === ref.code) ?? common.find((r) => r.code === ref.code);
      expect(row, `${ref.code} from the reference is in neither table`).toBeDefined();
      expect(row?.status).toBe(ref.status);
      if (ref.inferred) expect(row?.inferred, `${ref.code} is inferred in the reference`).toBe(true);
    }
    for (const row of rows.filter((r) => !reference.some((ref) => ref.code === r.code))) {
      expect(gatewayWide.has(row.code), `${row.code} is in neither reference list`).toBe(true);
      expect(row.inferred, `${row.code} comes from the gateway-wide list`).toBe(true);
      // An inferred row for a gateway-wide code is kept only for what the common row cannot say.
      const shared = common.find((c) => c.code === row.code);
      if (shared) expect(row.action, `${row.code} only repeats the gateway-wide row`).not.toBe(shared.action);
    }
    // Whether a row is inferred is data: users read the action.
    for (const row of rows) expect(row.action, row.code).not.toMatch(/inferred/i);
  });

  it('rejects a body without its identifying fields', () => {
    const errors = validate(validatorAt(requestSchema), {});
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe.each(WEBHOOKS)('%s', (hook) => {
  const op = operationPointer('webhooks', hook);
  const media = asObject(getPointer(bundle, `${op}/requestBody/content/application~1json`) as JsonObject);
  const bodies = exampleValues(media.examples);
  const ack = exampleValues(asObject(getPointer(bundle, `${op}/responses/200/content/application~1json`) as JsonObject).examples);

  it('has at least two named notification examples and the fixed acknowledgement', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    expect(ack).toEqual([['ack', { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } }]]);
  });

  it.each(bodies)('notification example %s validates', (_name, value) => {
    const errors = validate(validatorAt(`${op}/requestBody/content/application~1json/schema`), value);
    expect(errors, formatErrors(errors)).toEqual([]);
  });
});

describe('lifecycle schemas', () => {
  const schema = (name: string): string => `#/components/schemas/${name}`;
  const refundBody = { refundRequestId: 'r-1', paymentId: 'p-1', refundAmount: { currency: 'USD', value: '500' } };

  it('accept either ID for the inquiries and cancel, and both together', () => {
    for (const [name, a, b] of [
      ['InquiryPaymentRequest', 'paymentId', 'paymentRequestId'],
      ['CancelRequest', 'paymentId', 'paymentRequestId'],
      ['InquiryRefundRequest', 'refundId', 'refundRequestId'],
    ] as const) {
      expect(validate(validatorAt(schema(name)), { [a]: 'x' }), `${name} with ${a}`).toEqual([]);
      expect(validate(validatorAt(schema(name)), { [b]: 'x' }), `${name} with ${b}`).toEqual([]);
      expect(validate(validatorAt(schema(name)), { [a]: 'x', [b]: 'y' }), `${name} with both`).toEqual([]);
      expect(validate(validatorAt(schema(name)), { merchantAccountId: 'm' }).length, `${name} with neither`).toBeGreaterThan(0);
    }
  });

  it('keep the wire typing: amounts are strings, booleans may be "true" or true', () => {
    expect(validate(validatorAt(schema('RefundRequest')), refundBody)).toEqual([]);
    expect(validate(validatorAt(schema('RefundRequest')), withChange(refundBody, 'refundAmount.value', 500)).length).toBeGreaterThan(0);
    expect(validate(validatorAt(schema('RefundRequest')), { ...refundBody, isAsyncRefund: 'true' })).toEqual([]);
    expect(validate(validatorAt(schema('RefundRequest')), { ...refundBody, isAsyncRefund: 'yes' }).length).toBeGreaterThan(0);
  });

  it('leave the states Antom reports open (paymentStatus, the notified refundStatus), bounded in length', () => {
    const inquiry = { result: { resultCode: 'SUCCESS', resultStatus: 'S' } };
    expect(validate(validatorAt(schema('InquiryPaymentResponse')), { ...inquiry, paymentStatus: 'PENDING' })).toEqual([]);
    expect(validate(validatorAt(schema('InquiryPaymentResponse')), { ...inquiry, paymentStatus: 'AUTHORISED' })).toEqual([]);
    expect(validate(validatorAt(schema('InquiryPaymentResponse')), { ...inquiry, paymentStatus: 'x'.repeat(65) }).length).toBeGreaterThan(0);
    const notification = {
      notifyType: 'REFUND_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      refundStatus: 'SOMETHING_NEW',
      refundRequestId: 'r-1',
      refundId: 'f-1',
      refundAmount: { currency: 'USD', value: '500' },
    };
    expect(validate(validatorAt(schema('RefundNotification')), notification)).toEqual([]);
    expect(validate(validatorAt(schema('RefundNotification')), { ...notification, refundStatus: 'x'.repeat(33) }).length).toBeGreaterThan(0);
  });
});
