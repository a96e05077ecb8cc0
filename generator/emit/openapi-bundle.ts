import { bannerLines } from '../banner.ts';
import { renderLogicMarkdown } from '../logic.ts';
import { deref, isObject, listOperations, pickJsonMediaType } from '../operations.ts';
import { RESULT_CODES_EXTENSION } from '../result-table.ts';
import type { CommonResultTable, OpenApiDocument, ResultCodeSpecRow, ResultTable, SpecIdentity } from '../types.ts';
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

/** The gateway-wide rows an operation answers from: those its own table does not override, in the common table's order. */
export function gatewayRows(table: ResultTable, common: CommonResultTable | undefined): readonly ResultCodeSpecRow[] {
  if (!common) return [];
  const own = new Set(table.codes.map((r) => r.code));
  return common.codes.filter((r) => !own.has(r.code));
}

/**
 * One response example per code the operation can answer, the default code first, then its own codes, then the
 * gateway-wide ones (so a mock serves `Prefer: example=<CODE>` for those too); the tables are the only place a
 * code is written.
 */
export function deriveExamples(table: ResultTable, common?: CommonResultTable): Json {
  const plan = table.examples;
  if (!plan) return {};
  const own = plan.default ? [...table.codes.filter((r) => r.code === plan.default), ...table.codes.filter((r) => r.code !== plan.default)] : table.codes;
  const ordered = [...own, ...gatewayRows(table, common)];
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

/** Shown after the code of a row that rests on inference (docs/site styles it as a small label). */
export const INFERRED_BADGE =
  '<span class="result-inferred" title="Inferred: this code, or its meaning for this operation, rests on inference rather than on a published result table.">inferred</span>';

function codeRows(rows: readonly ResultCodeSpecRow[]): string[] {
  return [
    '| Code | Status | Message | Further action |',
    '|---|---|---|---|',
    ...rows.map((row) => `| \`${row.code}\`${row.inferred === true ? ` ${INFERRED_BADGE}` : ''} | \`${row.status}\` | ${escapeCell(row.message)} | ${escapeCell(row.action)} |`),
  ];
}

/**
 * The result-code table and decision guide as Markdown, for the operation's description: the operation's own
 * codes, then the gateway-wide codes it does not override, under their own heading.
 */
export function renderResultTableMarkdown(table: ResultTable, common?: CommonResultTable): string {
  const parts: string[] = [];
  if (table.statuses.length > 0) {
    parts.push('## Result statuses', '', '| Status | Meaning | What to do |', '|---|---|---|');
    for (const s of table.statuses) parts.push(`| \`${s.status}\` | ${escapeCell(s.title)} | ${escapeCell(s.description)} |`);
    parts.push('');
  }
  if (table.logic) parts.push('## Result-process logic', '', renderLogicMarkdown(table.logic), '');
  const gateway = gatewayRows(table, common);
  const fallback = escapeCell(table.fallback.action);
  const lead =
    gateway.length === 0
      ? `${table.codes.length} codes. A code that is not listed here is handled as: ${fallback}`
      : `${table.codes.length} codes of this operation, then ${gateway.length} gateway-wide codes. A code listed in neither table is handled as: ${fallback}`;
  parts.push(`## Result codes`, '', lead, '', ...codeRows(table.codes));
  if (gateway.length > 0) {
    parts.push('', '## Gateway-wide result codes', '', 'Codes any operation of this API can answer, besides its own codes above.', '', ...codeRows(gateway));
  }
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
 * Writes each distinct gateway-wide example once, under components/examples (`GatewayWide_<CODE>`), and returns a
 * reference to it. Every operation whose example plan derives the same body shares it: inline, the 128 copies of
 * this spec's 11 operations were 91 kB of a 647 kB bundle and ~3 ms of finalize + serialize (measured); shared,
 * they are 14 components. A name already taken by another example gets a numbered suffix.
 */
function sharedExamples(doc: OpenApiDocument): (code: string, example: unknown) => Json {
  if (!isObject(doc.components)) doc.components = {};
  const components = doc.components as Json;
  if (!isObject(components.examples)) components.examples = {};
  const examples = components.examples as Json;
  const nameOf = new Map<string, string>();
  return (code, example) => {
    const text = JSON.stringify(example);
    let name = nameOf.get(text);
    if (name === undefined) {
      name = `GatewayWide_${code}`;
      for (let i = 2; Object.hasOwn(examples, name); i += 1) name = `GatewayWide_${code}_${i}`;
      examples[name] = example;
      nameOf.set(text, name);
    }
    return { $ref: `#/components/examples/${name}` };
  };
}

/**
 * Turns the Redocly bundle into the published single-file description: response examples derived from each
 * result-code table (the gateway-wide ones shared under components/examples), the tables rendered into the
 * operation descriptions, and a banner. Input is not mutated.
 */
export function finalizeBundle(bundled: OpenApiDocument, tables: readonly ResultTable[], spec: SpecIdentity, common?: CommonResultTable): OpenApiDocument {
  const doc = structuredClone(bundled);
  const byPointer = new Map(tables.map((t) => [t.pointer, t]));
  const share = common && common.codes.length > 0 ? sharedExamples(doc) : undefined;
  for (const entry of listOperations(doc)) {
    const table = byPointer.get(entry.pointer);
    if (!table) continue;
    const operation = entry.operation;
    operation[RESULT_CODES_EXTENSION] = { ...(operation[RESULT_CODES_EXTENSION] as Json) };
    const description = typeof operation.description === 'string' ? operation.description.trimEnd() : '';
    operation.description = `${description}\n\n${renderResultTableMarkdown(table, common)}\n`;
    if (table.examples) {
      const media = successJsonContent(doc, operation, entry.pointer);
      const derived = deriveExamples(table, common);
      for (const row of share ? gatewayRows(table, common) : []) derived[row.code] = share!(row.code, derived[row.code]);
      media.examples = { ...derived, ...(isObject(media.examples) ? media.examples : {}) };
    }
  }
  return { 'x-generated': bannerLines(spec).join(' '), ...doc } as OpenApiDocument;
}

export function serializeBundle(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
