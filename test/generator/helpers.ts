import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_SPEC = path.join(ROOT, 'test/fixtures/lockers-api/openapi.yaml');

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run generate`'s launcher as a real process. */
export function runGenerate(args: readonly string[], cwd = ROOT): RunResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'generator/bin.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `antom-${prefix}-`));
}

/** A copy of the repository's spec/ in a temp project folder (with a package.json, as a project would have). */
export function copySpec(): { dir: string; spec: string } {
  const dir = tempDir('spec');
  cpSync(path.join(ROOT, 'spec'), path.join(dir, 'spec'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  return { dir, spec: path.join(dir, 'spec/openapi.yaml') };
}

/** Relative path → sha256 of every file under `dir`. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, file);
    try {
      out[file] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      // a folder
    }
  }
  return out;
}

/** The spec file (relative to the project) that holds pay's result table: wherever the pay path's `$ref` points. */
export function payTableFile(root = ROOT): string {
  const pathFile = 'spec/paths/v1_payments_pay.yaml';
  const item = parse(readFileSync(path.join(root, pathFile), 'utf8')) as { post: { 'x-result-codes': { $ref: string } } };
  return path.posix.join(path.posix.dirname(pathFile), item.post['x-result-codes'].$ref);
}

/** 1-based line of the first line of `file` (relative to `root`) that contains `text`. */
export function lineOf(root: string, file: string, text: string): number {
  const index = readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

/**
 * Type-checks a folder of generated code (and any consumer files in it) under strict NodeNext settings, as a
 * project of its own: a `package.json` of type module and this repository's `node_modules` are linked in when the
 * folder has none. Returns tsc's output: empty when there is no error.
 */
export function typecheckFolder(dir: string, select: { include: string[] } | { files: string[] } = { include: ['*.ts'] }): string {
  if (!existsSync(path.join(dir, 'package.json'))) writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    allowImportingTsExtensions: true,
    erasableSyntaxOnly: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    lib: ['ES2022', 'DOM'],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, ...select }));
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return tsc.status === 0 ? '' : tsc.stdout;
}
