import { parseLogic } from './logic.ts';
import { escapePointer, isObject, listOperations } from './operations.ts';
import type { OpenApiDocument, ResultCodeSpecRow, ResultExamplePlan, ResultTable, StatusMeaning } from './types.ts';
import { GeneratorError } from './types.ts';

export const RESULT_CODES_EXTENSION = 'x-result-codes';

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
    return { code, status: text(row.status, `${at}/status`), message: text(row.message, `${at}/message`), action: text(row.action, `${at}/action`) };
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
  // As the lint rule (scripts/redocly/result-table-rules.mjs): the declared statuses, or S, F and U.
  const known = new Set(statuses.length > 0 ? statuses.map((s) => s.status) : DEFAULT_STATUSES);
  codes.forEach((row, i) => {
    if (!known.has(row.status)) fail(`status "${row.status}" of ${row.code} is not one of ${[...known].join(', ')}`, `${pointer}/codes/${i}/status`);
  });
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

/** All result-code tables of the document, in document order. */
export function collectResultTables(doc: OpenApiDocument): ResultTable[] {
  const tables: ResultTable[] = [];
  for (const entry of listOperations(doc)) {
    const value = entry.operation[RESULT_CODES_EXTENSION];
    if (value === undefined) continue;
    const operationId = typeof entry.operation.operationId === 'string' ? entry.operation.operationId : `${entry.method}${entry.key}`;
    tables.push(parseResultTable(value, { operationId, method: entry.method, path: entry.key, pointer: entry.pointer }));
  }
  return tables;
}
