// Every example in the bundle validates against the schema of the media type that shows it, and the
// response examples of pay are exactly one per code of the result-code table, PAYMENT_IN_PROCESS first.
import { describe, expect, it } from 'vitest';
import { formatErrors, getPointer, loadBundle, pointerSegment, readRepoYaml, validate, validatorAt } from './helpers.ts';
import type { Json, JsonObject } from './helpers.ts';

interface MediaExample {
  /** Readable location, e.g. `POST /v1/payments/pay request application/json: app`. */
  label: string;
  /** Pointer of the media type's schema in the bundle. */
  schemaPointer: string;
  name: string;
  /** `components.examples` name when the example is a $ref, otherwise undefined. */
  component: string | undefined;
  value: Json;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function asObject(node: Json | undefined): JsonObject {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {};
}

function collectMediaExamples(bundle: JsonObject): MediaExample[] {
  const out: MediaExample[] = [];
  const fromContent = (content: JsonObject, base: string, label: string): void => {
    for (const [mediaType, media] of Object.entries(content)) {
      const mediaObj = asObject(media);
      const schemaPointer = `${base}/content/${pointerSegment(mediaType)}/schema`;
      for (const [name, example] of Object.entries(asObject(mediaObj.examples))) {
        const ex = asObject(example);
        const ref = typeof ex.$ref === 'string' ? ex.$ref : undefined;
        const resolved = ref ? asObject(getPointer(bundle, ref)) : ex;
        const component = ref?.startsWith('#/components/examples/') ? ref.slice('#/components/examples/'.length) : undefined;
        if (!('value' in resolved)) throw new Error(`${label} ${mediaType}: example ${name} has no inline value`);
        out.push({ label: `${label} ${mediaType}: ${name}`, schemaPointer, name, component, value: resolved.value as Json });
      }
      if ('example' in mediaObj) {
        out.push({ label: `${label} ${mediaType}: (example)`, schemaPointer, name: '(example)', component: undefined, value: mediaObj.example as Json });
      }
    }
  };
  const fromOperations = (group: 'paths' | 'webhooks'): void => {
    for (const [key, item] of Object.entries(asObject(bundle[group]))) {
      for (const [method, operation] of Object.entries(asObject(item))) {
        if (!HTTP_METHODS.includes(method)) continue;
        const base = `#/${group}/${pointerSegment(key)}/${method}`;
        const op = asObject(operation);
        const who = `${method.toUpperCase()} ${key}`;
        fromContent(asObject(asObject(op.requestBody).content), `${base}/requestBody`, `${who} request`);
        for (const [status, response] of Object.entries(asObject(op.responses))) {
          fromContent(asObject(asObject(response).content), `${base}/responses/${pointerSegment(status)}`, `${who} ${status}`);
        }
      }
    }
  };
  fromOperations('paths');
  fromOperations('webhooks');
  return out;
}

const bundle = loadBundle();
const examples = collectMediaExamples(bundle);
const payResponseContent = asObject(
  getPointer(bundle, '#/paths/~1v1~1payments~1pay/post/responses/200/content/application~1json') as JsonObject,
);
/** pay's response examples by name, a shared one (`$ref` to components/examples) read where it points. */
const payResponseExamples = Object.fromEntries(
  Object.entries(asObject(payResponseContent.examples)).map(([name, example]) => {
    const ref = asObject(example).$ref;
    return [name, typeof ref === 'string' ? getPointer(bundle, ref) : example];
  }),
);
const table = readRepoYaml<{ codes: Array<{ code: string }> }>('spec/result-codes/pay.yaml');
const common = readRepoYaml<{ codes: Array<{ code: string }> }>('spec/result-codes/common.yaml');
/** Every code pay can answer: its own, then the gateway-wide ones it does not list. */
const payAnswers = [...table.codes.map((c) => c.code), ...common.codes.map((c) => c.code).filter((code) => !table.codes.some((c) => c.code === code))];

describe('bundle examples', () => {
  it('finds the examples it is meant to check', () => {
    const labels = examples.map((e) => e.label);
    // 5 pay request examples, 2 notification examples, 1 ack example, a pay response example per code it can answer.
    expect(labels.filter((l) => l.startsWith('POST /v1/payments/pay request'))).toHaveLength(5);
    expect(labels.filter((l) => l.startsWith('POST notifyPayment request'))).toHaveLength(2);
    expect(labels.filter((l) => l.startsWith('POST notifyPayment 200'))).toHaveLength(1);
    expect(labels.filter((l) => l.startsWith('POST /v1/payments/pay 200'))).toHaveLength(payAnswers.length);
    expect(payAnswers.length).toBeGreaterThan(table.codes.length);
  });

  it('shows every component example under some media type (so each one is validated below)', () => {
    const used = new Set(examples.map((e) => e.component).filter((c): c is string => c !== undefined));
    const declared = Object.keys(asObject(asObject(bundle.components).examples));
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(examples.map((e) => [e.label, e] as const))('%s validates against its media-type schema', (_label, example) => {
    const errors = validate(validatorAt(example.schemaPointer), example.value);
    expect(errors, formatErrors(errors)).toEqual([]);
  });
});

describe('pay response examples', () => {
  it('are named exactly by the codes of spec/result-codes/pay.yaml, then the gateway-wide codes of common.yaml it does not list', () => {
    const names = Object.keys(payResponseExamples);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...payAnswers].sort());
    expect(names.slice(table.codes.length)).toEqual(payAnswers.slice(table.codes.length));
  });

  it.each(Object.entries(payResponseExamples))('%s carries its own code in result.resultCode', (name, example) => {
    const result = asObject(asObject(asObject(example).value).result);
    expect(result.resultCode).toBe(name);
  });

  it('start with PAYMENT_IN_PROCESS, which carries a cashier URL', () => {
    const [first] = Object.entries(payResponseExamples);
    expect(first?.[0]).toBe('PAYMENT_IN_PROCESS');
    const value = asObject(asObject(first?.[1]).value);
    const urls = ['applinkUrl', 'normalUrl', 'schemeUrl'].filter((field) => typeof value[field] === 'string' && value[field] !== '');
    expect(urls.length).toBeGreaterThanOrEqual(1);
    expect(asObject(value.result).resultStatus).toBe('U');
  });
});
