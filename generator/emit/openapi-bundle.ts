import { bannerLines } from '../banner.ts';
import { renderLogicMarkdown } from '../logic.ts';
import { deref, isObject, listOperations, pickJsonMediaType } from '../operations.ts';
import { RESULT_CODES_EXTENSION } from '../result-table.ts';
import type { OpenApiDocument, ResultCodeSpecRow, ResultTable, SpecIdentity } from '../types.ts';
import { GeneratorError } from '../types.ts';

type Json = Record<string, unknown>;

function mergeDeep(target: Json, source: Readonly<Json>): Json {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isObject(existing) && isObject(value) ? mergeDeep({ ...existing }, value) : structuredClone(value);
  }
  return target;
}

function exampleSummary(row: ResultCodeSpecRow): string {
  const sentence = row.message.replace(/<[^>]+>/g, '').split(/(?<=\.)\s/)[0] ?? row.message;
  return `${row.code}: ${sentence.replace(/\.$/, '')}`;
}

/** One response example per code, the default code first; the table is the only place a code is written. */
export function deriveExamples(table: ResultTable): Json {
  const plan = table.examples;
  if (!plan) return {};
  const ordered = plan.default ? [...table.codes.filter((r) => r.code === plan.default), ...table.codes.filter((r) => r.code !== plan.default)] : table.codes;
  const examples: Json = {};
  for (const row of ordered) {
    const body = mergeDeep(mergeDeep(mergeDeep({}, plan.base), plan.byStatus[row.status] ?? {}), plan.byCode[row.code] ?? {});
    const value = { [plan.resultProperty]: { [plan.fields.code]: row.code, [plan.fields.status]: row.status, [plan.fields.message]: row.message }, ...body };
    examples[row.code] = { summary: exampleSummary(row), description: `Result status ${row.status}. ${row.action}`, value };
  }
  return examples;
}

function escapeCell(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The result-code table and decision guide as Markdown, for the operation's description. */
export function renderResultTableMarkdown(table: ResultTable): string {
  const parts: string[] = [];
  if (table.statuses.length > 0) {
    parts.push('## Result statuses', '', '| Status | Meaning | What to do |', '|---|---|---|');
    for (const s of table.statuses) parts.push(`| \`${s.status}\` | ${escapeCell(s.title)} | ${escapeCell(s.description)} |`);
    parts.push('');
  }
  if (table.logic) parts.push('## Result-process logic', '', renderLogicMarkdown(table.logic), '');
  parts.push(`## Result codes`, '', `${table.codes.length} codes. A code that is not listed here is handled as: ${escapeCell(table.fallback.action)}`, '');
  parts.push('| Code | Status | Message | Further action |', '|---|---|---|---|');
  for (const row of table.codes) parts.push(`| \`${row.code}\` | \`${row.status}\` | ${escapeCell(row.message)} | ${escapeCell(row.action)} |`);
  return parts.join('\n');
}

function successJsonContent(doc: OpenApiDocument, operation: Json, pointer: string): Json {
  const responses = deref(doc, operation.responses);
  if (!isObject(responses)) throw new GeneratorError('operation with x-result-codes has no responses', { location: pointer });
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  const response = status === undefined ? undefined : deref(doc, responses[status]);
  const content = isObject(response) ? response.content : undefined;
  const mediaType = pickJsonMediaType(content);
  const media = isObject(content) && mediaType !== undefined ? content[mediaType] : undefined;
  if (!isObject(media)) throw new GeneratorError('operation with x-result-codes needs a 2xx JSON response to attach examples to', { location: `${pointer}/responses` });
  return media;
}

/**
 * Turns the Redocly bundle into the published single-file description: response examples derived from each
 * result-code table, the tables rendered into the operation descriptions, and a banner. Input is not mutated.
 */
export function finalizeBundle(bundled: OpenApiDocument, tables: readonly ResultTable[], spec: SpecIdentity): OpenApiDocument {
  const doc = structuredClone(bundled);
  const byPointer = new Map(tables.map((t) => [t.pointer, t]));
  for (const entry of listOperations(doc)) {
    const table = byPointer.get(entry.pointer);
    if (!table) continue;
    const operation = entry.operation;
    operation[RESULT_CODES_EXTENSION] = { ...(operation[RESULT_CODES_EXTENSION] as Json) };
    const description = typeof operation.description === 'string' ? operation.description.trimEnd() : '';
    operation.description = `${description}\n\n${renderResultTableMarkdown(table)}\n`;
    if (table.examples) {
      const media = successJsonContent(doc, operation, entry.pointer);
      media.examples = { ...deriveExamples(table), ...(isObject(media.examples) ? media.examples : {}) };
    }
  }
  return { 'x-generated': bannerLines(spec).join(' '), ...doc } as OpenApiDocument;
}

export function serializeBundle(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
