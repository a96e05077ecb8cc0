// The result-table rules shared by `npm run lint` and `npm run generate`, as pure checks and through the real
// Redocly CLI on broken copies of the spec.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonTableProblems, resultTableProblems } from '../../scripts/redocly/result-table-rules.mjs';
import { ROOT, copySpec, lineOf, payTableFile } from './helpers.ts';

const row = (code: string, status = 'F') => ({ code, status, message: `${code} happened.`, action: `Handle ${code}.` });
const fallback = { status: 'U', message: 'Unknown result code', action: 'Ask support.' };

describe('resultTableProblems', () => {
  it('accepts a valid table, and S/F/U when the table declares no statuses', () => {
    expect(resultTableProblems({ codes: [row('A', 'S'), row('B'), row('C', 'U')], fallback })).toEqual([]);
  });

  it('keeps the API message as it is (markup included) but requires one', () => {
    expect(resultTableProblems({ codes: [{ ...row('A'), message: 'Key of <span>X</span> not found.' }], fallback })).toEqual([]);
    expect(resultTableProblems({ codes: [{ ...row('A'), message: ' ' }], fallback })).toEqual([{ message: 'A needs a non-empty message.', path: ['codes', 0, 'message'] }]);
  });

  it.each([
    { name: 'an undeclared status', table: { codes: [row('A', 'X')], fallback }, path: ['codes', 0, 'status'], message: /Status "X" of A is not one of S, F, U/ },
    {
      name: 'a status outside the declared ones',
      table: { statuses: [{ status: 'OK', title: 'Fine', description: 'Done.' }], codes: [row('A', 'S')], fallback: { ...fallback, status: 'OK' } },
      path: ['codes', 0, 'status'],
      message: /not one of OK \(the statuses the table declares\)/,
    },
    { name: 'a duplicated code', table: { codes: [row('A'), row('A')], fallback }, path: ['codes', 1, 'code'], message: /Code A is listed twice \(rows 0 and 1\)/ },
    { name: 'a code that is not UPPER_SNAKE_CASE', table: { codes: [row('a-b')], fallback }, path: ['codes', 0, 'code'], message: /UPPER_SNAKE_CASE/ },
    { name: 'HTML in an action', table: { codes: [{ ...row('A'), action: 'Call <b>now</b>.' }], fallback }, path: ['codes', 0, 'action'], message: /contains markup/ },
    { name: 'Markdown in an action', table: { codes: [{ ...row('A'), action: 'See [docs](https://x.example).' }], fallback }, path: ['codes', 0, 'action'], message: /contains markup/ },
    { name: 'a fallback with a bad status', table: { codes: [row('A')], fallback: { ...fallback, status: 'Q' } }, path: ['fallback', 'status'], message: /the fallback is not one of/ },
    { name: 'no codes', table: { codes: [], fallback }, path: ['codes'], message: /non-empty list of codes/ },
    { name: 'an action that says it is inferred', table: { codes: [{ ...row('A'), action: 'Inferred (gateway-wide code). Ask.' }], fallback }, path: ['codes', 0, 'action'], message: /says "inferred"; users read it/ },
    { name: 'a message that says it is inferred', table: { codes: [{ ...row('A'), message: 'INFERRED: a guess.' }], fallback }, path: ['codes', 0, 'message'], message: /says "inferred"/ },
    { name: 'a fallback action that says it is inferred', table: { codes: [row('A')], fallback: { ...fallback, action: 'Ask (inferred).' } }, path: ['fallback', 'action'], message: /says "inferred"/ },
    { name: 'an inferred flag that is not true', table: { codes: [{ ...row('A'), inferred: false }], fallback }, path: ['codes', 0, 'inferred'], message: /must be true when present/ },
  ])('reports $name at its path', ({ table, path: where, message }) => {
    const problems = resultTableProblems(table);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toEqual(where);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('commonTableProblems', () => {
  it('accepts rows without a fallback, inferred ones included', () => {
    expect(commonTableProblems({ codes: [{ ...row('A'), inferred: true }, row('B', 'U')] })).toEqual([]);
  });

  it.each([
    { name: 'a duplicated code', table: { codes: [row('A'), row('A')] }, path: ['codes', 1, 'code'], message: /listed twice/ },
    { name: 'markup in an action', table: { codes: [{ ...row('A'), action: 'Sign `this`.' }] }, path: ['codes', 0, 'action'], message: /contains markup/ },
    { name: 'an action that says it is inferred', table: { codes: [{ ...row('A'), action: 'Inferred. Check the key.' }] }, path: ['codes', 0, 'action'], message: /says "inferred"/ },
    { name: 'no codes', table: { codes: [] }, path: ['codes'], message: /x-common-result-codes needs a non-empty list of codes/ },
    { name: 'a list instead of a table', table: [row('A')], path: [], message: /must be an object with codes/ },
  ])('reports $name at its path', ({ table, path: where, message }) => {
    const problems = commonTableProblems(table);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toEqual(where);
    expect(problems[0]?.message).toMatch(message);
  });
});

/** `npm run lint`'s command on a copy of the spec, with the repository's redocly.yaml. */
function lint(specFile: string): { status: number | null; output: string } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/redocly'), ['lint', '--config', path.join(ROOT, 'redocly.yaml'), specFile, '--format', 'stylish'], {
    cwd: path.dirname(path.dirname(specFile)),
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run lint (Redocly CLI with the project rules)', () => {
  it('passes the repository spec', () => {
    const { status, output } = lint(path.join(ROOT, 'spec/openapi.yaml'));
    expect(output).not.toMatch(/antom\/(result-codes|success-documented)/);
    expect(status).toBe(0);
  });

  it('refuses a result row with an undeclared status, at the line of the table file', () => {
    const { dir, spec } = copySpec();
    const table = path.join(dir, payTableFile(dir));
    writeFileSync(table, readFileSync(table, 'utf8').replace(/(- code: ACCESS_DENIED\n\s+status:) F/, '$1 X'));
    const { status, output } = lint(spec);
    expect(status).not.toBe(0);
    const line = lineOf(dir, payTableFile(dir), '- code: ACCESS_DENIED') + 1;
    expect(output).toMatch(new RegExp(`${path.basename(table)}:\\n\\s+${line}:13\\s+error\\s+antom/result-codes\\s+Status "X" of ACCESS_DENIED is not one of S, F, U`));
  });

  it('refuses a gateway-wide row whose action says "Inferred", at the line of common.yaml', () => {
    const { dir, spec } = copySpec();
    const file = 'spec/result-codes/common.yaml';
    const text = readFileSync(path.join(dir, file), 'utf8');
    writeFileSync(path.join(dir, file), text.replace('action: Nothing was processed. Call every', 'action: Inferred. Nothing was processed. Call every'));
    const { status, output } = lint(spec);
    expect(status).not.toBe(0);
    const line = lineOf(dir, file, 'action: Inferred. Nothing');
    expect(output).toMatch(new RegExp(`common\\.yaml:\\n\\s+${line}:13\\s+error\\s+antom/result-codes\\s+The action of METHOD_NOT_SUPPORTED says "inferred"`));
  });

  it('refuses an operation whose 2xx response has neither an example nor a result table', () => {
    const { dir, spec } = copySpec();
    const pathFile = path.join(dir, 'spec/paths/v1_payments_pay.yaml');
    writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace(/ {2}x-result-codes:\n {4}\$ref: .*\n/, ''));
    const { status, output } = lint(spec);
    expect(status).not.toBe(0);
    expect(output).toMatch(/v1_payments_pay\.yaml:\n\s+\d+:\d+\s+error\s+antom\/success-documented\s+The 200 application\/json response of pay has neither an example nor a result table/);
  });
});
