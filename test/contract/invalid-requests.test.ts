// Invalid bodies sent through the real client: the sandbox refuses them as Antom does, HTTP 200 with a signed
// result F PARAM_ILLEGAL whose resultMessage names the field and the rule Prism found broken. The cases are
// derived from the PayRequest schema. (Prism's own 422 answer, behind --prism-errors, is covered in
// test/sandbox/scenarios/invalid-requests.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import type { PayBody } from '../../src/index.ts';
import { componentSchema, requestExample, validatorFor } from './helpers/spec.ts';
import type { JsonSchema } from './helpers/spec.ts';
import { createTestClient } from './helpers/test-client.ts';

const mockUrl = inject('mockUrl');
const validatePayRequest = validatorFor('PayRequest');
const validatePayResponse = validatorFor('PayResponse');
const payRequest = componentSchema('PayRequest');
const validBody = requestExample();

type Body = Record<string, unknown>;

interface InvalidCase {
  /** Dotted property path as Prism reports it (`order.orderDescription`). */
  field: string;
  /** Rule the body breaks. */
  rule: string;
  /** Ajv keyword Prism reports as `code` for the finding that names the field; defaults to `rule`. */
  reportedAs?: string;
  mutate: (body: Body) => void;
}

function setAt(body: Body, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Body>((node, key) => node[key] as Body, body);
  parent[last] = value;
}

function getAt(body: Body, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Body | undefined)?.[key], body);
}

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === 'string' ? resolve(componentSchema(ref.split('/').pop() ?? '')) : schema;
}

/** String fields present in the valid body that have a maxLength and no pattern, as dotted paths. */
function boundedStringFields(schema: JsonSchema, value: unknown, prefix = ''): Array<{ path: string; maxLength: number; format: unknown }> {
  const properties = (resolve(schema).properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).flatMap(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const current = (value as Body)[name];
    const target = resolve(property);
    if (typeof current === 'string' && typeof target.maxLength === 'number' && target.pattern === undefined && target.enum === undefined) {
      return [{ path, maxLength: target.maxLength, format: target.format }];
    }
    return current !== null && typeof current === 'object' && !Array.isArray(current) ? boundedStringFields(target, current, path) : [];
  });
}

/** A value one character longer than allowed that still satisfies the field's format. */
function tooLong(maxLength: number, format: unknown): string {
  const prefix = format === 'uri' ? 'https://merchant.example/' : '';
  return prefix + 'x'.repeat(maxLength + 1 - prefix.length);
}

const requiredCases: InvalidCase[] = (payRequest.required as string[]).map((field) => ({
  field,
  rule: 'required',
  mutate: (body) => delete body[field],
}));

/** Up to six fields, taken round-robin from different parent objects so the cases spread over the body. */
function spread<T extends { path: string }>(fields: T[], count: number): T[] {
  const parentOf = (path: string): string => path.split('.').slice(0, -1).join('.');
  const seenPerParent = new Map<string, number>();
  const ranked = fields.map((field) => {
    const rank = seenPerParent.get(parentOf(field.path)) ?? 0;
    seenPerParent.set(parentOf(field.path), rank + 1);
    return { field, rank };
  });
  return ranked.sort((a, b) => a.rank - b.rank).slice(0, count).map(({ field }) => field);
}

const maxLengthCases: InvalidCase[] = spread(boundedStringFields(payRequest, validBody), 6)
  .map(({ path, maxLength, format }) => ({ field: path, rule: 'maxLength', mutate: (body) => setAt(body, path, tooLong(maxLength, format)) }));

const otherCases: InvalidCase[] = [
  { field: 'paymentRequestId', rule: 'type', mutate: (body) => setAt(body, 'paymentRequestId', { id: 'an object' }) },
  { field: 'paymentAmount.value', rule: 'type', mutate: (body) => setAt(body, 'paymentAmount.value', Number(getAt(body, 'paymentAmount.value'))) },
  { field: 'productCode', rule: 'enum', mutate: (body) => setAt(body, 'productCode', 'NOT_A_PRODUCT') },
  { field: 'env.terminalType', rule: 'enum', mutate: (body) => setAt(body, 'env.terminalType', 'SMART_TV') },
  { field: 'appId', rule: 'MINI_APP if-then', reportedAs: 'required', mutate: (body) => (setAt(body, 'env.terminalType', 'MINI_APP'), delete body.appId) },
  { field: 'paymentFactor', rule: 'CARD if-then', reportedAs: 'required', mutate: (body) => (setAt(body, 'paymentMethod.paymentMethodType', 'CARD'), delete body.paymentFactor) },
];

describe('invalid pay requests', () => {
  it('starts from a body the schema accepts, with at least three bounded string fields to stretch', () => {
    expect(validatePayRequest(validBody), JSON.stringify(validatePayRequest.errors)).toBe(true);
    expect(maxLengthCases.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...requiredCases, ...maxLengthCases, ...otherCases])(
    'when $field breaks the $rule rule, then the sandbox answers a verified PARAM_ILLEGAL naming it',
    async ({ field, rule, reportedAs, mutate }) => {
      const body = structuredClone(validBody);
      mutate(body);
      expect(validatePayRequest(body)).toBe(false);

      const { data, response } = await createTestClient({ baseUrl: mockUrl }).pay(body as unknown as PayBody);

      expect(response.status).toBe(200);
      expect(validatePayResponse(data), JSON.stringify(validatePayResponse.errors)).toBe(true);
      expect(data?.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
      const message = data?.result.resultMessage ?? '';
      const leaf = field.split('.').at(-1) as string;
      const finding = message.split('; ').find((item) => item.includes(` ${reportedAs ?? rule}: `) && (item.includes(field) || item.includes(`'${leaf}'`)));
      expect(finding, message).toBeDefined();
    },
  );
});
