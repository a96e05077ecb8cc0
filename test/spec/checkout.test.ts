// The checkout operations and notifyDispute as bundled: operationIds and tags, named request examples that
// validate, one response example per code each operation can answer (its table's and the gateway-wide ones, plus
// createPaymentSession's per-scene answers), each
// scene of createPaymentSession requiring what the reference's scene table says (deleting any of those fields from
// the scene's example makes it invalid), and one notification example per disputeNotificationType.
import { describe, expect, it } from 'vitest';
import { formatErrors, getPointer, loadBundle, pointerSegment, readReferenceJson, readRepoYaml, validate, validatorAt, withChange } from './helpers.ts';
import type { Json, JsonObject } from './helpers.ts';

const bundle = loadBundle();
const asObject = (node: Json | undefined): JsonObject => (node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {});

function exampleValues(examples: Json | undefined): Array<[string, JsonObject]> {
  return Object.entries(asObject(examples)).map(([name, example]) => {
    const ex = asObject(example);
    const resolved = typeof ex.$ref === 'string' ? asObject(getPointer(bundle, ex.$ref)) : ex;
    return [name, asObject(resolved.value)];
  });
}

const OPERATIONS = [
  { id: 'createPaymentSession', tags: ['Antom Checkout Page', 'Payment Element'], scenes: ['checkoutPage', 'paymentElement', 'easySafePay'] },
  { id: 'consult', tags: ['API-only'], scenes: [] },
  { id: 'acceptDispute', tags: ['Disputes'], scenes: [] },
  { id: 'supplyDefenseDocument', tags: ['Disputes'], scenes: [] },
  { id: 'downloadDisputeEvidence', tags: ['Disputes'], scenes: [] },
] as const;

const common = readRepoYaml<{ codes: Array<{ code: string; status: string }> }>('spec/result-codes/common.yaml').codes;
const operation = (id: string): string => `#/paths/${pointerSegment(`/v1/payments/${id}`)}/post`;
const media = (pointer: string): JsonObject => asObject(getPointer(bundle, `${pointer}/content/application~1json`));

describe.each(OPERATIONS)('$id', ({ id, tags, scenes }) => {
  const op = operation(id);
  const requests = exampleValues(media(`${op}/requestBody`).examples);
  const responses = exampleValues(media(`${op}/responses/200`).examples);
  const own = readRepoYaml<{ codes: Array<{ code: string; status: string }> }>(`spec/result-codes/${id}.yaml`).codes;
  /** What the operation can answer: its own codes, then the gateway-wide ones it does not list. */
  const codes = [...own, ...common.filter((row) => !own.some((r) => r.code === row.code))];

  it('has its operationId, its integration tags and named request examples', () => {
    const value = asObject(getPointer(bundle, op));
    expect(value.operationId).toBe(id);
    expect(value.tags).toEqual(tags);
    expect(requests.length).toBeGreaterThan(0);
  });

  it.each(requests)('request example %s validates', (_name, value) => {
    const errors = validate(validatorAt(`${op}/requestBody/content/application~1json/schema`), value);
    expect(errors, formatErrors(errors)).toEqual([]);
  });

  it('has one response example per code, the success first, and its scene answers', () => {
    expect(responses.map(([name]) => name).sort()).toEqual([...codes.map((c) => c.code), ...scenes].sort());
    expect(responses[0]?.[0]).toBe('SUCCESS');
  });

  it.each(responses)('response example %s validates and carries a status of the table', (name, value) => {
    const errors = validate(validatorAt(`${op}/responses/200/content/application~1json/schema`), value);
    expect(errors, formatErrors(errors)).toEqual([]);
    const result = asObject(value.result);
    if (codes.some((c) => c.code === name)) expect(result.resultCode).toBe(name);
    expect(result.resultStatus).toBe(codes.find((c) => c.code === result.resultCode)?.status);
  });

  it('shows a TypeScript sample that calls the typed client method', () => {
    const samples = asObject(getPointer(bundle, op))['x-codeSamples'];
    const typescript = (Array.isArray(samples) ? samples : []).map(asObject).find((sample) => sample.lang === 'TypeScript');
    expect(String(typescript?.source)).toContain(`await client.${id}(`);
  });

  it('refuses an empty body', () => {
    expect(validate(validatorAt(`${op}/requestBody/content/application~1json/schema`), {}).length).toBeGreaterThan(0);
  });
});

describe('createPaymentSession scenes', () => {
  interface Scene {
    requiredFields: string[];
    responseFields: string[];
  }
  const reference = readReferenceJson<{ scenes: Record<string, Scene> }>('checkout/createPaymentSession.json').scenes;
  const op = operation('createPaymentSession');
  const requests = new Map(exampleValues(media(`${op}/requestBody`).examples));
  const responses = new Map(exampleValues(media(`${op}/responses/200`).examples));
  const request = validatorAt(`${op}/requestBody/content/application~1json/schema`);
  const SCENES = [
    { key: 'CHECKOUT_PAYMENT_hosted', example: 'checkoutPage', uses: 'normalUrl' },
    { key: 'CHECKOUT_PAYMENT_embedded', example: 'checkoutPage', uses: 'paymentSessionData' },
    { key: 'ELEMENT_PAYMENT', example: 'paymentElement', uses: 'paymentSessionData' },
    { key: 'EASY_PAY', example: 'easySafePay', uses: 'paymentSessionData' },
  ];
  const fieldName = (entry: string): string => entry.split(' ')[0] as string;

  it('covers every scene of the reference', () => {
    expect(SCENES.map((s) => s.key).sort()).toEqual(Object.keys(reference).sort());
  });

  describe.each(SCENES)('$key', ({ key, example, uses }) => {
    const body = requests.get(example) ?? {};
    const required = (reference[key]?.requiredFields ?? []).map(fieldName);

    it.each(required)('without %s the scene example is refused', (field) => {
      expect(validate(request, body)).toEqual([]);
      expect(field in body, `the ${example} example sends ${field}`).toBe(true);
      expect(validate(request, withChange(body, field, undefined)).length).toBeGreaterThan(0);
    });

    it(`answers with ${uses} in its example`, () => {
      expect(typeof responses.get(example)?.[uses]).toBe('string');
    });
  });

  it('requires paymentFactor for CARD and keeps a PAYPAY redirect URL within 255 characters', () => {
    const element = requests.get('paymentElement') ?? {};
    expect(validate(request, withChange(element, 'paymentFactor', undefined)).length).toBeGreaterThan(0);
    const paypay = { ...element, paymentMethod: { paymentMethodType: 'PAYPAY' }, paymentFactor: undefined };
    const long = `https://merchant.example/${'r'.repeat(240)}`;
    expect(validate(request, JSON.parse(JSON.stringify(paypay)))).toEqual([]);
    expect(validate(request, { ...JSON.parse(JSON.stringify(paypay)), paymentRedirectUrl: long }).length).toBeGreaterThan(0);
    expect(validate(request, { ...element, paymentRedirectUrl: long })).toEqual([]);
  });

  it('does not ask the Checkout Page for a payment method or a notification address', () => {
    const page = requests.get('checkoutPage') ?? {};
    expect(validate(request, withChange(withChange(page, 'paymentNotifyUrl', undefined), 'paymentMethod', undefined))).toEqual([]);
  });
});

describe('notifyDispute', () => {
  const op = '#/webhooks/notifyDispute/post';
  const bodies = exampleValues(media(`${op}/requestBody`).examples);
  const types = readReferenceJson<{ request: Array<{ path: string; enum?: string[] }> }>('checkout/notifyDispute.json').request.find(
    (field) => field.path === 'disputeNotificationType',
  )?.enum;

  it('is listed under webhooks with its tag and has one example per disputeNotificationType', () => {
    expect(asObject(getPointer(bundle, op)).tags).toEqual(['Disputes']);
    expect(types?.length).toBe(7);
    expect(bodies.map(([, body]) => body.disputeNotificationType).sort()).toEqual([...(types ?? [])].sort());
  });

  it.each(bodies)('example %s validates', (_name, body) => {
    const errors = validate(validatorAt(`${op}/requestBody/content/application~1json/schema`), body);
    expect(errors, formatErrors(errors)).toEqual([]);
  });

  it('answers with the fixed acknowledgement', () => {
    expect(exampleValues(media(`${op}/responses/200`).examples)).toEqual([['ack', { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } }]]);
  });
});
