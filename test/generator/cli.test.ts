import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copySpec, hashTree, lineOf, payTableFile, runGenerate, tempDir } from './helpers.ts';

const GENERATED = path.join(ROOT, 'generated');

describe('npm run generate', () => {
  it('is deterministic: two runs from different working directories give byte-identical output', () => {
    const a = path.join(tempDir('det-a'), 'out');
    const b = path.join(tempDir('det-b'), 'out');
    expect(runGenerate(['--out', a, '--no-cache']).status).toBe(0);
    expect(runGenerate(['--spec', path.join(ROOT, 'spec/openapi.yaml'), '--out', b, '--no-cache'], tempDir('cwd')).status).toBe(0);
    expect(hashTree(a)).toEqual(hashTree(b));
    expect(Object.keys(hashTree(a)).sort()).toEqual(['client.ts', 'openapi.json', 'result-codes.ts', 'schema.ts']);
  });

  it('reproduces the committed generated/ exactly', () => {
    const out = path.join(tempDir('repro'), 'out');
    expect(runGenerate(['--out', out, '--no-cache']).status).toBe(0);
    expect(hashTree(out)).toEqual(hashTree(GENERATED));
  });

  it('writes a banner and no timestamp into every generated file', () => {
    for (const file of ['client.ts', 'result-codes.ts', 'schema.ts']) {
      const text = readFileSync(path.join(GENERATED, file), 'utf8');
      expect(text.split('\n')[0]).toBe('// Generated from spec/openapi.yaml (Antom Checkout Payment 1.0.0) by generator/. Do not edit.');
      expect(text).toContain('npm run generate');
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
    }
    const bundle = JSON.parse(readFileSync(path.join(GENERATED, 'openapi.json'), 'utf8')) as Record<string, unknown>;
    expect(bundle['x-generated']).toMatch(/Do not edit.*npm run generate/);
  });

  it('--check passes on fresh output and names the file after a one-byte edit', () => {
    const out = path.join(tempDir('check'), 'out');
    cpSync(GENERATED, out, { recursive: true });
    expect(runGenerate(['--out', out, '--check']).status).toBe(0);
    const file = path.join(out, 'result-codes.ts');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace("'Success'", "'Succes!'"));
    const result = runGenerate(['--out', out, '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('differs');
    expect(result.stderr).toContain('result-codes.ts');
    expect(result.stderr).not.toContain('schema.ts');
  });

  it('--check reports missing and extra files', () => {
    const out = path.join(tempDir('check2'), 'out');
    cpSync(GENERATED, out, { recursive: true });
    writeFileSync(path.join(out, 'stray.ts'), 'export {};\n');
    const result = runGenerate(['--out', out, '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/extra\s+\S*stray\.ts/);
  });

  it.each([
    {
      name: 'a YAML syntax error',
      file: 'spec/components/schemas/Amount.yaml',
      edit: (t: string) => t.replace('properties:', 'properties:\n  - broken: [\n'),
      want: /spec\/components\/schemas\/Amount\.yaml:\d+:\d+/,
    },
    {
      name: 'a structural error (unknown type)',
      file: 'spec/components/schemas/Env.yaml',
      edit: (t: string) => t.replace('type: object', 'type: objekt'),
      want: /spec\/components\/schemas\/Env\.yaml:1:\d+ error struct/,
    },
    {
      name: 'a dangling $ref',
      file: 'spec/paths/v1_payments_pay.yaml',
      edit: (t: string) => t.replace('PayRequest.yaml', 'PayRequst.yaml'),
      want: /spec\/paths\/v1_payments_pay\.yaml:\d+:\d+ error no-unresolved-refs/,
    },
    {
      name: 'a result-code table with a duplicated code (at the file and line of the table, as npm run lint)',
      file: payTableFile(),
      edit: (t: string) => t.replace('- code: ACCESS_DENIED', '- code: SUCCESS'),
      want: new RegExp(`${payTableFile()}:${lineOf(ROOT, payTableFile(), '- code: ACCESS_DENIED')}:11 error antom/result-codes: Code SUCCESS is listed twice`),
    },
    {
      name: 'a result-code row whose status is not declared',
      file: payTableFile(),
      edit: (t: string) => t.replace(/(- code: ACCESS_DENIED\n\s+status:) F/, '$1 X'),
      want: new RegExp(`${payTableFile()}:${lineOf(ROOT, payTableFile(), '- code: ACCESS_DENIED') + 1}:13 error antom/result-codes: Status "X" of ACCESS_DENIED is not one of S, F, U`),
    },
    {
      name: 'an example plan naming a code the table does not list (found after bundling, reported at its file and line)',
      file: payTableFile(),
      edit: (t: string) => t.replace(/^ {2}default: \w+$/m, '  default: NOT_A_LISTED_CODE'),
      want: new RegExp(`\\[x-result-codes\\] at ${payTableFile()}:\\d+:\\d+ \\(#/paths/.*/examples/default\\): default "NOT_A_LISTED_CODE" is not in the table`),
    },
    {
      name: 'a gateway-wide table with a duplicated code (at the line of common.yaml)',
      file: 'spec/result-codes/common.yaml',
      edit: (t: string) => t.replace('- code: KEY_NOT_FOUND', '- code: INVALID_SIGNATURE'),
      want: new RegExp(`spec/result-codes/common\\.yaml:${lineOf(ROOT, 'spec/result-codes/common.yaml', '- code: KEY_NOT_FOUND')}:11 error antom/result-codes: Code INVALID_SIGNATURE is listed twice`),
    },
    {
      name: 'an action that says "Inferred" (whether a row is inferred is data)',
      file: 'spec/result-codes/cancel.yaml',
      edit: (t: string) => t.replace('action: Check the payment with inquiryPayment before acting.', 'action: Inferred (row cut off). Check the payment.'),
      want: new RegExp(`spec/result-codes/cancel\\.yaml:${lineOf(ROOT, 'spec/result-codes/cancel.yaml', 'action: Check the payment with inquiryPayment before acting.')}:13 error antom/result-codes: The action of ORDER_STATUS_INVALID says "inferred"`),
    },
    {
      name: 'a Swagger 2.0 document (Redocly passes it; the emitters would write empty types)',
      file: 'spec/openapi.yaml',
      edit: (t: string) => t.replace(/^openapi: .*$/m, "swagger: '2.0'"),
      want: /spec\/openapi\.yaml:1:1 error openapi-version: only OpenAPI 3\.0 and 3\.1 documents are supported; this one has swagger: "2\.0"/,
    },
  ])('refuses $name, names the place, exits non-zero and leaves the output untouched', ({ file, edit, want }) => {
    const { dir, spec } = copySpec();
    const out = path.join(dir, 'generated');
    expect(runGenerate(['--spec', spec, '--out', out, '--no-cache'], dir).status).toBe(0);
    const before = hashTree(out);
    const mtime = statSync(path.join(out, 'schema.ts')).mtimeMs;
    const target = path.join(dir, file);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
    const result = runGenerate(['--spec', spec, '--out', out, '--no-cache'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(want);
    expect(result.stderr).toContain('was left untouched');
    expect(hashTree(out)).toEqual(before);
    expect(statSync(path.join(out, 'schema.ts')).mtimeMs).toBe(mtime);
  });

  it('skips work only when nothing changed: a re-run is a no-op, an input or output edit regenerates', () => {
    const { dir, spec } = copySpec();
    const out = path.join(dir, 'generated');
    const run = () => runGenerate(['--spec', spec, '--out', out], dir);
    expect(run().stdout).toContain('wrote');
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('is up to date');
    expect(second.stdout).not.toContain('wrote');

    // A file reached only through $ref chains (an example) changes: regenerate.
    const example = path.join(dir, 'spec/components/examples/PayRequestWeb.yaml');
    writeFileSync(example, readFileSync(example, 'utf8').replace(/summary: .*/, 'summary: Changed summary for the web example'));
    const third = run();
    expect(third.stdout).toContain('wrote');
    expect(readFileSync(path.join(out, 'openapi.json'), 'utf8')).toContain('Changed summary for the web example');

    // A hand edit of the output is repaired rather than trusted.
    writeFileSync(path.join(out, 'client.ts'), '// edited\n');
    const fourth = run();
    expect(fourth.stdout).toContain('wrote');
    expect(readFileSync(path.join(out, 'client.ts'), 'utf8')).not.toBe('// edited\n');
  });

  it('takes "-h" as the value of an option, not as a request for help', () => {
    const cwd = tempDir('dash-h');
    const result = runGenerate(['--spec', path.join(ROOT, 'spec/openapi.yaml'), '--out', '-h', '--no-cache', '--quiet'], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Object.keys(hashTree(path.join(cwd, '-h'))).sort()).toEqual(['client.ts', 'openapi.json', 'result-codes.ts', 'schema.ts']);
  });

  it('prints usage for unknown options and exits 2', () => {
    const result = runGenerate(['--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option --bogus');
  });

  it('refuses an output folder holding files it does not write, and leaves them alone', () => {
    const { dir, spec } = copySpec();
    const out = path.join(dir, 'scripts');
    mkdirSync(out);
    writeFileSync(path.join(out, 'precious.ts'), 'export const keep = 1;\n');
    const result = runGenerate(['--spec', spec, '--out', out, '--no-cache'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('holds files the generator does not write (precious.ts)');
    expect(readFileSync(path.join(out, 'precious.ts'), 'utf8')).toBe('export const keep = 1;\n');
    const root = runGenerate(['--spec', spec, '--out', dir, '--no-cache'], dir);
    expect(root.status).toBe(1);
    expect(root.stderr).toContain('contains the spec itself');
  });

  it('does not let a --lenient run vouch for a strict one', () => {
    const { dir, spec } = copySpec();
    const out = path.join(dir, 'generated');
    expect(runGenerate(['--spec', spec, '--out', out, '--lenient'], dir).stdout).toContain('wrote');
    const strict = runGenerate(['--spec', spec, '--out', out], dir);
    expect(strict.status).toBe(0);
    expect(strict.stdout).not.toContain('is up to date');
  });
});
