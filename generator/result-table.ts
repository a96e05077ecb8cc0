import { parseLogic } from './logic.ts';
import { escapePointer, isObject, listOperations } from './operations.ts';
import type { CommonResultTable, OpenApiDocument, ResultCodeSpecRow, ResultExamplePlan, ResultTable, StatusMeaning } from './types.ts';
import { identifier } from './emit/code-text.ts';
import { GeneratorError } from './types.ts';

export const RESULT_CODES_EXTENSION = 'x-result-codes';
/** Root extension holding the gateway-wide table (codes any operation can answer). */
export const COMMON_RESULT_CODES_EXTENSION = 'x-common-result-codes';
/** operationIds whose derived names (`<op>ResultCodes`, …) are taken by the shared exports of result-codes.ts. */
const RESERVED_OPERATION_IDS = new Set(['common', 'unknown']);

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const DEFAULT_STATUSES = ['S', 'F', 'U'];

function fail(message: string, pointer: string): never {
  throw new GeneratorError(message, { location: pointer, rule: RESULT_CODES_EXTENSION });
}

function text(value: unknown, pointer: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail('expected a non-empty string', pointer);
  return value;
}

function record(value: unknown, pointer: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isObject(value)) fail('expected an object', pointer);
  return value;
}

function readStatuses(value: unknown, pointer: string): StatusMeaning[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('statuses must be a list', pointer);
  return value.map((raw, i) => {
    const at = `${pointer}/${i}`;
    const row = record(raw, at);
    return { status: text(row.status, `${at}/status`), title: text(row.title, `${at}/title`), description: text(row.description, `${at}/description`) };
  });
}

function readCodes(value: unknown, pointer: string): ResultCodeSpecRow[] {
  if (!Array.isArray(value) || value.length === 0) fail('codes must be a non-empty list', pointer);
  const seen = new Set<string>();
  return value.map((raw, i) => {
    const at = `${pointer}/${i}`;
    const row = record(raw, at);
    const code = text(row.code, `${at}/code`);
    if (!CODE_PATTERN.test(code)) fail(`code "${code}" must be UPPER_SNAKE_CASE`, `${at}/code`);
    if (seen.has(code)) fail(`code "${code}" is listed twice`, `${at}/code`);
    seen.add(code);
    if (row.inferred !== undefined && row.inferred !== true) fail('inferred must be true when present (leave it out for a documented row)', `${at}/inferred`);
    const read = { code, status: text(row.status, `${at}/status`), message: text(row.message, `${at}/message`), action: text(row.action, `${at}/action`) };
    return row.inferred === true ? { ...read, inferred: true as const } : read;
  });
}

/** Every row's status is one the table declares, or S, F or U when it declares none (as the lint rule). */
function checkStatuses(statuses: readonly StatusMeaning[], codes: readonly ResultCodeSpecRow[], pointer: string): void {
  const known = new Set(statuses.length > 0 ? statuses.map((s) => s.status) : DEFAULT_STATUSES);
  codes.forEach((row, i) => {
    if (!known.has(row.status)) fail(`status "${row.status}" of ${row.code} is not one of ${[...known].join(', ')}`, `${pointer}/codes/${i}/status`);
  });
}

function readExamples(value: unknown, pointer: string, codes: ReadonlySet<string>): ResultExamplePlan | undefined {
  if (value === undefined) return undefined;
  const plan = record(value, pointer);
  const fields = record(plan.fields, `${pointer}/fields`);
  const byCode = record(plan.byCode, `${pointer}/byCode`);
  for (const code of Object.keys(byCode)) {
    if (!codes.has(code)) fail(`byCode names "${code}", which is not in the table`, `${pointer}/byCode/${escapePointer(code)}`);
  }
  const byStatus = record(plan.byStatus, `${pointer}/byStatus`);
  const defaultCode = plan.default === undefined ? undefined : text(plan.default, `${pointer}/default`);
  if (defaultCode !== undefined && !codes.has(defaultCode)) fail(`default "${defaultCode}" is not in the table`, `${pointer}/default`);
  return {
    default: defaultCode,
    resultProperty: text(plan.resultProperty, `${pointer}/resultProperty`),
    fields: { code: text(fields.code, `${pointer}/fields/code`), status: text(fields.status, `${pointer}/fields/status`), message: text(fields.message, `${pointer}/fields/message`) },
    base: record(plan.base, `${pointer}/base`),
    byStatus: Object.fromEntries(Object.entries(byStatus).map(([k, v]) => [k, record(v, `${pointer}/byStatus/${k}`)])),
    byCode: Object.fromEntries(Object.entries(byCode).map(([k, v]) => [k, record(v, `${pointer}/byCode/${k}`)])),
  };
}

/** Reads and validates one `x-result-codes` value. */
export function parseResultTable(value: unknown, where: { operationId: string; method: string; path: string; pointer: string }): ResultTable {
  const pointer = `${where.pointer}/${RESULT_CODES_EXTENSION}`;
  const table = record(value, pointer);
  const statuses = readStatuses(table.statuses, `${pointer}/statuses`);
  const codes = readCodes(table.codes, `${pointer}/codes`);
  checkStatuses(statuses, codes, pointer);
  const fallbackRaw = record(table.fallback, `${pointer}/fallback`);
  const fallback = {
    status: text(fallbackRaw.status, `${pointer}/fallback/status`),
    message: text(fallbackRaw.message, `${pointer}/fallback/message`),
    action: text(fallbackRaw.action, `${pointer}/fallback/action`),
  };
  const logic = parseLogic(table.logic, `${pointer}/logic`);
  const examples = readExamples(table.examples, `${pointer}/examples`, new Set(codes.map((c) => c.code)));
  return { ...where, statuses, codes, fallback, logic, examples };
}

/**
 * Reads and validates the root's `x-common-result-codes`: rows in the format of an operation's table (optionally
 * with `statuses`), no fallback, logic or examples (each operation keeps its own).
 */
export function parseCommonResultTable(value: unknown, pointer = `#/${COMMON_RESULT_CODES_EXTENSION}`): CommonResultTable {
  try {
    const table = record(value, pointer);
    const statuses = readStatuses(table.statuses, `${pointer}/statuses`);
    const codes = readCodes(table.codes, `${pointer}/codes`);
    checkStatuses(statuses, codes, pointer);
    return { pointer, statuses, codes };
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
    throw new GeneratorError(error.message, { location: error.location, rule: COMMON_RESULT_CODES_EXTENSION });
  }
}

/** The document's gateway-wide table, or undefined when its root has no `x-common-result-codes`. */
export function collectCommonResultTable(doc: OpenApiDocument): CommonResultTable | undefined {
  const value = doc[COMMON_RESULT_CODES_EXTENSION];
  return value === undefined ? undefined : parseCommonResultTable(value);
}

/** All result-code tables of the document, in document order. */
export function collectResultTables(doc: OpenApiDocument): ResultTable[] {
  const tables: ResultTable[] = [];
  for (const entry of listOperations(doc)) {
    const value = entry.operation[RESULT_CODES_EXTENSION];
    if (value === undefined) continue;
    // result-codes.ts names its exports after the operationId (`<op>ResultCodes`, …): an identifier, or refused.
    const operationId = identifier(entry.operation.operationId, `the operationId of ${entry.method.toUpperCase()} ${JSON.stringify(entry.key)}, which has a result table,`, `${entry.pointer}/operationId`, RESULT_CODES_EXTENSION);
    if (RESERVED_OPERATION_IDS.has(operationId)) {
      fail(`operationId "${operationId}" has a result table, whose exported names (${operationId}ResultCodes, …) are taken by the shared ones of result-codes.ts; rename the operation`, `${entry.pointer}/operationId`);
    }
    tables.push(parseResultTable(value, { operationId, method: entry.method, path: entry.key, pointer: entry.pointer }));
  }
  return tables;
}
