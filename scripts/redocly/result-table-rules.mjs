// Redocly rules about operations' result tables, shared by `npm run lint` (through scripts/redocly/antom-rules.mjs)
// and `npm run generate` (generator/resolve.ts runs result-codes in its own lint pass; generator/toolchain-key.mjs
// hashes this file with the generator's sources), so both refuse the same
// tables and both report the file and line where the problem is written: Redocly locates a problem inside the
// file a `$ref` points to. Plain JavaScript because Redocly loads plugins as they are.
//  - result-codes:       every row of an `x-result-codes` table, and of the root's `x-common-result-codes` (the
//                        gateway-wide codes: rows only, no fallback), has a code (UPPER_SNAKE_CASE, listed
//                        once), a status the table declares (S, F or U when it declares none), a non-empty
//                        message and a plain-text action (no HTML or Markdown markup); so does the fallback row,
//                        and the statuses' titles and descriptions are plain text too. A row's message is the
//                        API's own string, kept byte for byte (one of Antom's carries a <span>), so it is
//                        required but not judged for markup; everything the spec's authors write is. Whether a
//                        row rests on inference is data (`inferred: true`, nothing else), never words in its
//                        action or message, which users read.
//  - success-documented: every 2xx response with a body has an example, or the operation has a result table
//                        (from which the generator derives one example per code).

export const RESULT_CODES_EXTENSION = 'x-result-codes';
export const COMMON_RESULT_CODES_EXTENSION = 'x-common-result-codes';
const DEFAULT_STATUSES = ['S', 'F', 'U'];
const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
// An HTML tag or entity, or Markdown emphasis, code, a link or a heading.
const MARKUP = /<\/?[A-Za-z!][^>]*>|&[a-z]+;|&#\d+;|\*\*|__|`|\]\(|^\s*#/;
// Where a row came from is data (`inferred: true`); an action or message that says it is a note to the authors.
const INFERRED_WORD = /inferred/i;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(row, field, where, report, plain = true) {
  const value = row[field];
  if (typeof value !== 'string' || value.trim() === '') {
    report(`${where} needs a non-empty ${field}.`, [field]);
  } else if (plain && MARKUP.test(value)) {
    report(`The ${field} of ${where} contains markup; write plain text (the table is shown as text and typed as data).`, [field]);
  } else if (INFERRED_WORD.test(value)) {
    report(`The ${field} of ${where} says "inferred"; users read it. Mark the row \`inferred: true\` and write only what to do.`, [field]);
  }
}

/** The declared statuses of a table, and the statuses its rows may use (S, F and U when it declares none). */
function statusesOf(table, report) {
  const declared = Array.isArray(table.statuses) ? table.statuses.filter(isObject).map((s) => s.status).filter((s) => typeof s === 'string') : [];
  if (Array.isArray(table.statuses)) {
    table.statuses.forEach((meaning, i) => {
      if (!isObject(meaning)) return;
      const where = `status ${JSON.stringify(meaning.status ?? null)}`;
      const reportStatus = (message, rest) => report(message, ['statuses', i, ...rest]);
      checkText(meaning, 'title', where, reportStatus);
      checkText(meaning, 'description', where, reportStatus);
    });
  }
  const allowed = declared.length > 0 ? declared : DEFAULT_STATUSES;
  return (row, where, path) => {
    if (!allowed.includes(row.status)) {
      report(`Status ${JSON.stringify(row.status ?? null)} of ${where} is not one of ${allowed.join(', ')}${declared.length > 0 ? ' (the statuses the table declares)' : ''}.`, [...path, 'status']);
    }
  };
}

function checkRows(table, name, checkStatus, report) {
  if (!Array.isArray(table.codes) || table.codes.length === 0) {
    report(`${name} needs a non-empty list of codes.`, ['codes']);
    return;
  }
  const seen = new Map();
  table.codes.forEach((row, i) => {
    const path = ['codes', i];
    if (!isObject(row)) {
      report(`Row ${i} must be an object with code, status, message and action.`, path);
      return;
    }
    const code = row.code;
    const where = typeof code === 'string' ? code : `row ${i}`;
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) report(`Code ${JSON.stringify(code ?? null)} must be UPPER_SNAKE_CASE.`, [...path, 'code']);
    else if (seen.has(code)) report(`Code ${code} is listed twice (rows ${seen.get(code)} and ${i}).`, [...path, 'code']);
    else seen.set(code, i);
    checkStatus(row, where, path);
    const report1 = (message, rest) => report(message, [...path, ...rest]);
    checkText(row, 'message', where, report1, false);
    checkText(row, 'action', where, report1);
    if (row.inferred !== undefined && row.inferred !== true) report(`inferred of ${where} must be true when present (leave it out for a documented row).`, [...path, 'inferred']);
  });
}

/** Problems of one table as `{ message, path }` (path relative to the table). Pure: also used by unit tests. */
export function resultTableProblems(table) {
  const problems = [];
  const report = (message, path) => problems.push({ message, path });
  if (!isObject(table)) {
    report('x-result-codes must be an object with codes and fallback.', []);
    return problems;
  }
  const checkStatus = statusesOf(table, report);
  checkRows(table, RESULT_CODES_EXTENSION, checkStatus, report);
  if (!isObject(table.fallback)) {
    report('x-result-codes needs a fallback row (status, message, action) for codes it does not list.', ['fallback']);
  } else {
    checkStatus(table.fallback, 'the fallback', ['fallback']);
    const reportFallback = (message, rest) => report(message, ['fallback', ...rest]);
    checkText(table.fallback, 'message', 'the fallback', reportFallback);
    checkText(table.fallback, 'action', 'the fallback', reportFallback);
  }
  return problems;
}

/** Problems of the gateway-wide table (rows only: each operation keeps its own fallback). Pure. */
export function commonTableProblems(table) {
  const problems = [];
  const report = (message, path) => problems.push({ message, path });
  if (!isObject(table)) {
    report(`${COMMON_RESULT_CODES_EXTENSION} must be an object with codes.`, []);
    return problems;
  }
  checkRows(table, COMMON_RESULT_CODES_EXTENSION, statusesOf(table, report), report);
  return problems;
}

/** A visitor that reports the problems of the table held by `extension` of the node it visits, where they are written. */
function reportTable(extension, problemsOf) {
  return (node, ctx) => {
    const raw = node[extension];
    if (raw === undefined) return;
    const resolved = ctx.resolve(raw);
    const base = resolved.location ?? ctx.location.child([extension]);
    for (const problem of problemsOf(resolved.node ?? raw)) ctx.report({ message: problem.message, location: base.child(problem.path) });
  };
}

export function ResultCodes() {
  return {
    Root: reportTable(COMMON_RESULT_CODES_EXTENSION, commonTableProblems),
    Operation: reportTable(RESULT_CODES_EXTENSION, resultTableProblems),
  };
}

export function SuccessDocumented() {
  return {
    Operation(operation, ctx) {
      if (operation[RESULT_CODES_EXTENSION] !== undefined || !isObject(operation.responses)) return;
      for (const [status, rawResponse] of Object.entries(operation.responses)) {
        if (!/^2(\d\d|XX)$/i.test(status)) continue;
        const response = ctx.resolve(rawResponse).node;
        if (!isObject(response) || !isObject(response.content)) continue;
        for (const [media, rawMedia] of Object.entries(response.content)) {
          const content = ctx.resolve(rawMedia).node;
          const schema = isObject(content) ? ctx.resolve(content.schema).node : undefined;
          const hasExample =
            isObject(content) &&
            (content.example !== undefined || (isObject(content.examples) && Object.keys(content.examples).length > 0) || (isObject(schema) && (schema.example !== undefined || Array.isArray(schema.examples))));
          if (!hasExample) {
            ctx.report({
              message: `The ${status} ${media} response of ${operation.operationId ?? 'this operation'} has neither an example nor a result table (x-result-codes): add one, so the docs and the mock can show an answer.`,
              location: ctx.location.child(['responses', status, 'content', media]).key(),
            });
          }
        }
      }
    },
  };
}
