// The bundled spec, read at collection time: tests iterate what it declares instead of hand-kept lists.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export type JsonSchema = { [key: string]: unknown };

interface ResultCodeRow {
  code: string;
  status: 'S' | 'F' | 'U';
  message: string;
  action: string;
}

interface PayOperation {
  'x-result-codes': { codes: ResultCodeRow[] };
  requestBody: { content: { 'application/json': { examples: Record<string, { $ref?: string; value?: unknown }> } } };
  responses: Record<string, { content: { 'application/json': { examples: Record<string, { value: unknown }> } } }>;
}

export interface OpenApiDoc {
  paths: Record<string, { post: PayOperation }>;
  components: { schemas: Record<string, JsonSchema>; examples: Record<string, { value: unknown }> };
}

export const SPEC_PATH = new URL('../../../generated/openapi.json', import.meta.url);
export const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiDoc;
export const payOperation = spec.paths['/v1/payments/pay']?.post as PayOperation;

/** Rows of the operation's `x-result-codes` table. */
export const resultCodeRows: readonly ResultCodeRow[] = payOperation['x-result-codes'].codes;

/** The response example Prism serves for `Prefer: example=<code>`. */
export function responseExample(code: string): unknown {
  return payOperation.responses['200']?.content['application/json'].examples[code]?.value;
}

/** A named request example of the spec (linted valid); the first one by default. */
export function requestExample(name?: string): Record<string, unknown> {
  const examples = payOperation.requestBody.content['application/json'].examples;
  const entry = examples[name ?? Object.keys(examples)[0] ?? ''];
  if (entry === undefined) throw new Error(`no request example ${name}`);
  const value = entry.$ref ? spec.components.examples[entry.$ref.split('/').pop() ?? '']?.value : entry.value;
  return structuredClone(value) as Record<string, unknown>;
}

/** A component schema by name (refs inside stay `#/components/schemas/...`). */
export function componentSchema(name: string): JsonSchema {
  const schema = spec.components.schemas[name];
  if (schema === undefined) throw new Error(`no component schema ${name}`);
  return schema;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema({ $id: 'openapi.json', components: spec.components });

/** Ajv (draft 2020-12, formats on) validator for a component schema of the bundled spec. */
export function validatorFor(name: string): ValidateFunction {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`no component schema ${name}`);
  return validate;
}
