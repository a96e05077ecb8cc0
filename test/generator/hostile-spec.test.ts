// Spec text never becomes code: a spec with code-shaped text in every position (test/generator/hostile-spec.ts)
// generates files that run nothing when imported, keep every value exactly, and pass tsc --strict; positions whose
// text names generated code (operationIds, result codes) are refused at their file:line instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runGenerate, tempDir, typecheckFolder } from './helpers.ts';
import { HOSTILE, hostileDocument, payload, writeHostileSpec } from './hostile-spec.ts';

/** A TypeScript string literal of `value` (escapes only), for the consumer file. */
const ts = (value: string) => JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Imports every .ts file of `dir` in a fresh Node process (through tsx, as an application would load them) and
 * returns what ran: the injection marker and the values the modules export.
 */
function importAll(dir: string): { injected: unknown; routes: Record<string, Record<string, unknown>>; tables: Record<string, Record<string, Record<string, unknown>>>; fallbacks: Record<string, Record<string, unknown>>; common: Record<string, unknown> } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const script = path.join(dir, 'import-all.mts');
  writeFileSync(
    script,
    `const mods: Record<string, Record<string, unknown>> = {};
for (const file of ${JSON.stringify(files)}) mods[file] = await import('./' + file);
process.stdout.write(JSON.stringify({
  injected: (globalThis as Record<string, unknown>).antomInjected ?? null,
  routes: mods['client.ts']?.operationRoutes ?? {},
  tables: mods['result-codes.ts']?.resultCodeTables ?? {},
  fallbacks: mods['result-codes.ts']?.unknownResultCodes ?? {},
  common: mods['result-codes.ts']?.commonResultCodes ?? {},
}));
`,
  );
  const child = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`importing the generated files failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as ReturnType<typeof importAll>;
}

describe('a hostile spec', () => {
  const dir = tempDir('hostile');
  const out = path.join(dir, 'out');
  let generated: ReturnType<typeof runGenerate>;

  beforeAll(() => {
    const spec = writeHostileSpec(dir);
    generated = runGenerate(['--spec', spec, '--out', out, '--no-cache', '--quiet']);
    // Links this repository's node_modules (openapi-fetch, tsx) into the folder, as a project has them.
    typecheckFolder(out, { files: [] });
  });

  it('generates (exit 0): paths, media types, descriptions, names, enum values, examples and server URLs are text, not code', () => {
    expect(generated.stderr).toBe('');
    expect(generated.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.ts')).sort()).toEqual(['client.ts', 'result-codes.ts', 'schema.ts']);
  });

  it('runs nothing when every generated file is imported, and the values come back exactly', () => {
    const loaded = importAll(out);
    expect(loaded.injected).toBeNull();
    expect(loaded.routes.hostileCall).toEqual({ operationId: 'hostileCall', method: 'POST', path: HOSTILE.path, hasBody: true, requestMediaType: HOSTILE.mediaType, responseMediaType: HOSTILE.responseMediaType });
    expect(loaded.tables.hostileCall).toEqual({ HOSTILE_CODE: { status: HOSTILE.status, message: HOSTILE.message, action: HOSTILE.action } });
    expect(loaded.fallbacks.hostileCall).toEqual({ status: HOSTILE.status, message: HOSTILE.fallbackMessage, action: HOSTILE.fallbackAction });
    expect(loaded.common).toEqual({ COMMON_HOSTILE: { status: 'F', message: HOSTILE.commonMessage, action: HOSTILE.commonAction } });
  });

  it('keeps the text in the published openapi.json exactly', () => {
    const bundle = JSON.parse(readFileSync(path.join(out, 'openapi.json'), 'utf8')) as Record<string, unknown>;
    const original = hostileDocument();
    expect(bundle.servers).toEqual(original.servers);
    expect(bundle.info).toEqual(original.info);
    expect(Object.keys(bundle.paths as object)).toEqual([HOSTILE.path]);
  });

  it('passes tsc --strict, with the names and values typed exactly as the spec writes them', () => {
    const schema = `components['schemas'][${ts(HOSTILE.schemaName)}]`;
    writeFileSync(
      path.join(out, 'consumer.ts'),
      `import type { components } from './schema.ts';
import type { HostileCallBody, HostileCallOptions } from './client.ts';
import type { ResultStatus } from './result-codes.ts';
export const key: keyof ${schema} = ${ts(HOSTILE.propertyName)};
export const value: ${schema}[${ts(HOSTILE.propertyName)}] = ${ts(HOSTILE.enumValue)};
export const body: HostileCallBody = { [${ts(HOSTILE.propertyName)}]: 'plain' };
export const query: HostileCallOptions['params']['query'] = { [${ts(HOSTILE.parameterName)}]: ${ts(payload('parameter-enum'))} };
export const status: ResultStatus = ${ts(HOSTILE.status)};
// @ts-expect-error: a value outside the enum is refused, so the types above are not just \`string\`.
export const wrong: ${schema}[${ts(HOSTILE.propertyName)}] = 'other';
`,
    );
    expect(typecheckFolder(out, { include: ['*.ts'] })).toBe('');
  });

  it('the import check sees code that does escape (a canary file)', () => {
    const canary = tempDir('hostile-canary');
    typecheckFolder(canary, { files: [] });
    writeFileSync(path.join(canary, 'client.ts'), `/** ${payload('canary')} */\nexport const operationRoutes = {};\n`);
    expect(importAll(canary).injected).toBe('canary block');
  });
});

describe('positions that name generated code are refused at their file:line, never mangled', () => {
  /** Generates `document` and returns the run, with the output folder checked untouched. */
  function refused(document: Record<string, unknown>): { stderr: string; lineOf: (text: string, nth?: number) => number } {
    const dir = tempDir('hostile-refused');
    const spec = writeHostileSpec(dir, document);
    const out = path.join(dir, 'out');
    const run = runGenerate(['--spec', spec, '--out', out, '--no-cache', '--quiet'], dir);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain('out/ was left untouched');
    const lines = readFileSync(spec, 'utf8').split('\n');
    // 1-based line of the nth line that contains `text`.
    const lineOf = (text: string, nth = 1) => lines.map((line, i) => (line.includes(text) ? i + 1 : 0)).filter(Boolean)[nth - 1] ?? 0;
    return { stderr: run.stderr, lineOf };
  }

  const operation = (document: Record<string, unknown>) => (document.paths as Record<string, Record<string, Record<string, unknown>>>)[HOSTILE.path]!.post!;

  it('an operationId that is not an identifier', () => {
    const document = hostileDocument();
    // With terminal controls too (clear the screen, right-to-left override): printed as escapes, never raw.
    operation(document).operationId = `${payload('operationId')}\u001b[2J\u202e`;
    delete operation(document)['x-result-codes'];
    const { stderr, lineOf } = refused(document);
    expect(stderr).toContain(`error [operation-operationId] at spec/openapi.yaml:${lineOf('"operationId": "operationId*/')}:`);
    expect(stderr).toContain('must be an identifier');
    expect(stderr).toContain('\\u001b[2J\\u202e');
    expect(stderr).not.toMatch(/[\u001b\u202e]/);
  });

  it('a webhook with a result table and no operationId (its exports would be named after it)', () => {
    const document = hostileDocument();
    const hook = (document.webhooks as Record<string, Record<string, Record<string, unknown>>>)[payload('webhook')]!.post!;
    delete hook.operationId;
    hook['x-result-codes'] = operation(document)['x-result-codes'];
    const { stderr, lineOf } = refused(document);
    expect(stderr).toContain(`error [x-result-codes] at spec/openapi.yaml:${lineOf('"post": {', 2)}:`);
  });

  it('a result code that is not UPPER_SNAKE_CASE (the lint rule)', () => {
    const document = hostileDocument();
    const table = operation(document)['x-result-codes'] as { codes: { code: string }[] };
    table.codes[0]!.code = payload('code');
    const { stderr, lineOf } = refused(document);
    // Where the lint rule reports it (the operation's line for a table written inline).
    expect(stderr).toMatch(/\nspec\/openapi\.yaml:\d+:\d+ error antom\/result-codes: Code "code\*\/[^]* must be UPPER_SNAKE_CASE/);
    expect(lineOf('"code": "code*/')).toBeGreaterThan(0);
  });
});
