// The bundled spec, read at collection time: tests iterate what it declares instead of hand-kept lists. Every POST
// operation of `paths` becomes a SpecOperation (request and response schema names, examples, result-code table),
// so an operation added to the spec gets its contract tests without editing them.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PRODUCTION_PREFIX } from '../../../src/gateway.ts';

export type JsonSchema = { [key: string]: unknown };

export interface ResultCodeRow {
  code: string;
  status: 'S' | 'F' | 'U';
  message: string;
  action: string;
}

interface JsonContent {
  schema?: { $ref?: string };
  examples?: Record<string, { $ref?: string; value?: unknown }>;
}

interface RawOperation {
  operationId?: string;
  'x-result-codes'?: { codes: ResultCodeRow[] };
  requestBody?: { content: { 'application/json'?: JsonContent } };
  responses: Record<string, { content?: { 'application/json'?: JsonContent } }>;
}

export interface OpenApiDoc {
  'x-common-result-codes'?: { codes: ResultCodeRow[] };
  paths: Record<string, { post?: RawOperation }>;
  components: { schemas: Record<string, JsonSchema>; examples: Record<string, { value: unknown }> };
}

/** What the contract tests need of one POST operation. */
export interface SpecOperation {
  operationId: string;
  /** Spec path, e.g. `/v1/payments/refund`. */
  path: string;
  /** Production gateway path, e.g. `/ams/api/v1/payments/refund`. */
  gatewayPath: string;
  /** Component schema names of the request body and of the HTTP 200 answer. */
  requestSchema: string;
  responseSchema: string;
  /** Rows of `x-result-codes`; undefined when the operation has no table. */
  resultCodes: readonly ResultCodeRow[] | undefined;
  /** What the operation can answer: its own rows, then the gateway-wide rows it does not override (empty without a table). */
  answeredCodes: readonly ResultCodeRow[];
  /** Names of the named request examples, in spec order. */
  requestExampleNames: readonly string[];
}

export const SPEC_PATH = new URL('../../../generated/openapi.json', import.meta.url);
export const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiDoc;

const refName = (ref: string | undefined): string => (ref ?? '').split('/').pop() ?? '';

/** The gateway-wide rows of the root's `x-common-result-codes` (codes any operation can answer). */
export const commonResultCodeRows: readonly ResultCodeRow[] = spec['x-common-result-codes']?.codes ?? [];

function answered(own: readonly ResultCodeRow[] | undefined): readonly ResultCodeRow[] {
  if (own === undefined) return [];
  return [...own, ...commonResultCodeRows.filter((row) => !own.some((r) => r.code === row.code))];
}

function describeOperation(path: string, raw: RawOperation): SpecOperation {
  const where = `POST ${path}`;
  const request = raw.requestBody?.content['application/json'];
  const response = raw.responses['200']?.content?.['application/json'];
  const requestSchema = refName(request?.schema?.$ref);
  const responseSchema = refName(response?.schema?.$ref);
  if (raw.operationId === undefined) throw new Error(`${where} has no operationId`);
  if (requestSchema === '' || responseSchema === '') throw new Error(`${where}: request and 200 response must $ref a component schema`);
  return {
    operationId: raw.operationId,
    path,
    gatewayPath: `${PRODUCTION_PREFIX}${path}`,
    requestSchema,
    responseSchema,
    resultCodes: raw['x-result-codes']?.codes,
    answeredCodes: answered(raw['x-result-codes']?.codes),
    requestExampleNames: Object.keys(request?.examples ?? {}),
  };
}

/** Every POST operation of the spec, in spec order. */
export const operations: readonly SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  item.post === undefined ? [] : [describeOperation(path, item.post)],
);

function rawOperation(operationId: string): RawOperation {
  const found = Object.values(spec.paths).find((item) => item.post?.operationId === operationId)?.post;
  if (found === undefined) throw new Error(`the spec has no operation ${operationId}`);
  return found;
}

/** Operations that declare an `x-result-codes` table. */
export const operationsWithResultCodes = operations.filter(
  (operation): operation is SpecOperation & { resultCodes: readonly ResultCodeRow[] } => operation.resultCodes !== undefined,
);

/** pay's table (kept for the pay-only tests). */
export const payOperation = rawOperation('pay');
export const resultCodeRows: readonly ResultCodeRow[] = payOperation['x-result-codes']?.codes ?? [];

/** The response example Prism serves for `Prefer: example=<code>` (pay unless another operationId is given); a shared one is read where its `$ref` points. */
export function responseExample(code: string, operationId = 'pay'): unknown {
  const example = rawOperation(operationId).responses['200']?.content?.['application/json']?.examples?.[code];
  return example?.$ref ? spec.components.examples[refName(example.$ref)]?.value : example?.value;
}

/** A named request example of the spec (linted valid); the operation's first one by default, of pay by default. */
export function requestExample(name?: string, operationId = 'pay'): Record<string, unknown> {
  const examples = rawOperation(operationId).requestBody?.content['application/json']?.examples ?? {};
  const entry = examples[name ?? Object.keys(examples)[0] ?? ''];
  if (entry === undefined) throw new Error(`${operationId} has no request example ${name ?? '(none at all)'}`);
  const value = entry.$ref ? spec.components.examples[refName(entry.$ref)]?.value : entry.value;
  if (value === undefined) throw new Error(`${operationId}: request example ${name ?? '(first)'} has no value`);
  return structuredClone(value) as Record<string, unknown>;
}

/** A component schema by name (refs inside stay `#/components/schemas/...`). */
export function componentSchema(name: string): JsonSchema {
  const schema = spec.components.schemas[name];
  if (schema === undefined) throw new Error(`no component schema ${name}`);
  return schema;
}

/** Resolves a `#/components/schemas/<name>` reference. */
export const resolveSchemaRef = (ref: string): JsonSchema => componentSchema(refName(ref));

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema({ $id: 'openapi.json', components: spec.components });

/** Ajv (draft 2020-12, formats on) validator for a component schema of the bundled spec. */
export function validatorFor(name: string): ValidateFunction {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`no component schema ${name}`);
  return validate;
}
