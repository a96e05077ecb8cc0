// A large third-party spec (Stripe's, OpenAPI 3.0, form-encoded and multipart bodies) through the generator:
// --lenient prints its structure warnings in file/line order and generates a client that type-checks with zero
// errors; without --lenient the run stops with the problems sorted and says how to continue. Slow by nature.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGenerate, tempDir, typecheckFolder } from './helpers.ts';

const STRIPE_SPEC = '/work/shared/specs/stripe-spec3.yaml';
const LOCATED = /^generate: (\S+):(\d+):(\d+) (warning|error) (\S+): /;

function locations(lines: readonly string[]): { file: string; line: number; column: number }[] {
  return lines.flatMap((line) => {
    const match = LOCATED.exec(line) ?? /^(\S+):(\d+):(\d+) (error) (\S+): /.exec(line);
    return match ? [{ file: match[1]!, line: Number(match[2]), column: Number(match[3]) }] : [];
  });
}

function inOrder(list: readonly { file: string; line: number; column: number }[]): boolean {
  return list.every((p, i) => i === 0 || list[i - 1]!.file < p.file || (list[i - 1]!.file === p.file && (list[i - 1]!.line < p.line || (list[i - 1]!.line === p.line && list[i - 1]!.column <= p.column))));
}

describe("Stripe's spec", () => {
  let out = '';
  let stderr = '';
  beforeAll(() => {
    // Fails (never skips) when the spec is not where CI puts it.
    expect(existsSync(STRIPE_SPEC), `${STRIPE_SPEC} is missing`).toBe(true);
    out = path.join(tempDir('stripe'), 'generated');
    const result = runGenerate(['--spec', STRIPE_SPEC, '--out', out, '--no-cache', '--lenient'], tempDir('stripe-cwd'));
    stderr = result.stderr;
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
  }, 600_000);

  it('--lenient prints every warning with file:line, in line order, and a count', () => {
    const lines = stderr.split('\n').filter((line) => LOCATED.test(line));
    const count = /generate: (\d+) warnings \(--lenient\)/.exec(stderr);
    expect(count).not.toBeNull();
    expect(lines.length).toBe(Number(count![1]));
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((line) => / warning struct: /.test(line) && line.includes('stripe-spec3.yaml:'))).toBe(true);
    expect(inOrder(locations(lines))).toBe(true);
  });

  it('generates a client whose form and multipart bodies are typed and encoded as such', () => {
    const client = execFileSync('grep', ['-c', "requestMediaType: 'application/x-www-form-urlencoded'", path.join(out, 'client.ts')], { encoding: 'utf8' });
    expect(Number(client.trim())).toBeGreaterThan(100);
    const multipart = execFileSync('grep', ['-c', "requestMediaType: 'multipart/form-data'", path.join(out, 'client.ts')], { encoding: 'utf8' });
    expect(Number(multipart.trim())).toBeGreaterThan(0);
  });

  it('type-checks the generated folder with tsc --noEmit: zero errors', () => {
    const output = typecheckFolder(out);
    expect(output.split('\n').filter((line) => line.includes('error TS')).slice(0, 20)).toEqual([]);
  }, 600_000);

  it('without --lenient, stops on the structure errors sorted by file and line and says how to continue', () => {
    const strict = runGenerate(['--spec', STRIPE_SPEC, '--out', path.join(tempDir('stripe-strict'), 'generated'), '--no-cache'], tempDir('stripe-cwd'));
    expect(strict.status).toBe(1);
    const listed = strict.stderr.split('\n').filter((line) => /^\S+:\d+:\d+ error struct: /.test(line));
    expect(listed.length).toBe(20);
    expect(inOrder(locations(listed))).toBe(true);
    expect(strict.stderr).toMatch(/Fix these in the spec, or run with --lenient/);
    expect(strict.stderr).toContain('was left untouched');
  }, 600_000);
});
