// The compiled copy of the generator that `npm run generate` runs (generator/bin.mjs, compile.mjs): what it is
// built for (one TypeScript compiler in the emitter thread, ts-morph without its lib files) still holds for the
// installed tool versions, and it writes the same bytes as the generator run from its TypeScript sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.ts';
import { buildForGenerator, stripLibFiles } from '../../generator/compile.mjs';
import { install, isComplete, markComplete, pruneOldCopies } from '../../generator/compiled-copy.mjs';
import { cacheDir, toolchainKey } from '../../generator/toolchain-key.mjs';
import { FIXTURE_SPEC, ROOT, hashTree, runGenerate, tempDir } from './helpers.ts';

const generatorDir = path.join(ROOT, 'generator');

/** Runs the launcher once (so the compiled copy exists) and returns its folder. */
function compiledCopy(): string {
  const out = path.join(tempDir('launcher'), 'out');
  expect(runGenerate(['--out', out, '--no-cache', '--quiet']).status).toBe(0);
  return path.join(cacheDir(generatorDir), `cli-${toolchainKey(generatorDir).slice(0, 16)}`);
}

/** How often `needle` occurs in `text`. */
function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('the compiled generator', () => {
  it('gives the emitter thread one TypeScript compiler (ts-morph’s), bundled in, and ts-morph without its lib .d.ts text', () => {
    const worker = readFileSync(path.join(compiledCopy(), 'emit-worker.cjs'), 'utf8');
    const tsMorphTypescript = readFileSync(path.join(ROOT, 'node_modules/@ts-morph/common/dist/typescript.js'), 'utf8');
    const version = /\bversion = "(\d+\.\d+\.\d+[^"]*)"/.exec(tsMorphTypescript)?.[1];
    expect(version).toBeDefined();
    // A diagnostic message every copy of the compiler carries once.
    expect(count(worker, '"Unterminated string literal."')).toBe(1);
    expect(worker).toContain(`"${version}"`);
    expect(worker).not.toMatch(/require\("(typescript|@ts-morph\/common\/dist\/typescript\.js)"\)/);
    // The lib files' text (lib.dom.d.ts declares AacEncoderConfig) is left out; the stub that replaces it is in.
    expect(readFileSync(path.join(ROOT, 'node_modules/@ts-morph/common/dist/ts-morph-common.js'), 'utf8')).toContain('interface AacEncoderConfig');
    expect(worker).not.toContain('interface AacEncoderConfig');
    expect(worker).toContain('the generator compiles ts-morph without the lib .d.ts files');
  });

  it('a ts-morph project that asks for the lib files, compiled the same way, fails with that clear error', async () => {
    const dir = tempDir('lib-stub');
    const entry = path.join(dir, 'entry.mjs');
    writeFileSync(entry, "import { Project } from 'ts-morph';\nnew Project({ useInMemoryFileSystem: true });\n");
    await buildForGenerator({ entry }, path.join(dir, 'out'));
    const run = spawnSync(process.execPath, [path.join(dir, 'out/entry.cjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the generator compiles ts-morph without the lib .d.ts files: create projects with skipLoadingLibFiles');
  });

  it.each([
    ['the Antom spec', path.join(ROOT, 'spec/openapi.yaml')],
    ['the lockers fixture (a second API)', FIXTURE_SPEC],
  ])('writes for %s byte-for-byte what the generator run from its TypeScript sources writes', async (_name, spec) => {
    const compiled = path.join(tempDir('compiled'), 'out');
    const sources = path.join(tempDir('sources'), 'out');
    expect(runGenerate(['--spec', spec, '--out', compiled, '--no-cache', '--quiet']).status).toBe(0);
    // In this process: the emitters run here, with openapi-typescript on the `typescript` package.
    expect(await main(['--spec', spec, '--out', sources, '--no-cache', '--quiet'], ROOT)).toBe(0);
    expect(hashTree(compiled)).toEqual(hashTree(sources));
    expect(Object.keys(hashTree(compiled))).toHaveLength(4);
  });
});

describe('ts-morph without its lib files', () => {
  const source = readFileSync(path.join(ROOT, 'node_modules/@ts-morph/common/dist/ts-morph-common.js'), 'utf8');

  it('cuts exactly the libFiles array from the installed ts-morph', () => {
    const stripped = stripLibFiles(source);
    expect(stripped).toBeDefined();
    expect(stripped).not.toContain('interface AacEncoderConfig');
    expect(stripped).toMatch(/const libFiles = \{ \[Symbol\.iterator\]\(\) \{ throw new Error\('the generator compiles ts-morph without the lib \.d\.ts files[^\n]*\n\nfunction getLibFiles\(\) \{/);
    // Everything around the array is kept as it was.
    const start = source.indexOf('const libFiles = [{');
    expect(stripped!.slice(0, start)).toBe(source.slice(0, start));
    expect(stripped!.endsWith(source.slice(source.indexOf('\nfunction getLibFiles() {')))).toBe(true);
  });

  it.each([
    ['the array is gone', (t: string) => t.replace('const libFiles = [{', 'const libFilez = [{')],
    ['the array does not end right before getLibFiles', (t: string) => t.replace('fileName: "lib.webworker.iterable.d.ts"', 'fileName: "lib.other.d.ts"').replace(/\n {4}\}\];\n\nfunction getLibFiles/, '\n    }, {}];\n\nfunction getLibFiles')],
    ['getLibFiles no longer follows it', (t: string) => t.replace('function getLibFiles() {', 'function libFilesOf() {')],
  ])('gives up (keeps the text) when %s', (_case, edit) => {
    const edited = edit(source);
    expect(edited).not.toBe(source);
    // The build then bundles ts-morph as it ships (slower to load, same output) instead of a spliced source.
    expect(stripLibFiles(edited)).toBeUndefined();
  });
});

describe('the compiled copy folder', () => {
  function build(dir: string, files: Record<string, string>): void {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    markComplete(dir);
  }

  it('is trusted only when every file is there with the size it was written with', () => {
    const dir = path.join(tempDir('copy'), 'cli-x');
    expect(isComplete(dir)).toBe(false);
    build(dir, { 'cli.cjs': 'module.exports = 1;\n', 'emit-worker.cjs': 'void 0;\n' });
    expect(isComplete(dir)).toBe(true);
    writeFileSync(path.join(dir, 'cli.cjs'), 'module.exports');
    expect(isComplete(dir)).toBe(false);
    build(dir, { 'cli.cjs': 'module.exports = 1;\n' });
    rmSync(path.join(dir, 'emit-worker.cjs'));
    expect(isComplete(dir)).toBe(false);
  });

  it('replaces a damaged copy, keeps a good one another run installed, and clears old copies', () => {
    const root = tempDir('copies');
    const out = path.join(root, 'cli-new');
    build(out, { 'cli.cjs': 'old' });
    writeFileSync(path.join(out, 'cli.cjs'), 'o'); // damaged
    build(`${out}.tmp-1`, { 'cli.cjs': 'fresh' });
    install(`${out}.tmp-1`, out);
    expect(readFileSync(path.join(out, 'cli.cjs'), 'utf8')).toBe('fresh');
    build(`${out}.tmp-2`, { 'cli.cjs': 'second' });
    install(`${out}.tmp-2`, out);
    expect(readFileSync(path.join(out, 'cli.cjs'), 'utf8')).toBe('fresh');
    expect(existsSync(`${out}.tmp-2`)).toBe(false);
    // Old copies, leftover build folders and the old shared code cache go; recent ones and other files stay.
    const old = Date.now() / 1000 - 3600;
    for (const name of ['cli-old', 'cli-old.tmp-9', 'v8']) {
      mkdirSync(path.join(root, name));
      utimesSync(path.join(root, name), old, old);
    }
    mkdirSync(path.join(root, 'cli-recent'));
    writeFileSync(path.join(root, 'fingerprint.json'), '{}');
    utimesSync(path.join(root, 'fingerprint.json'), old, old);
    pruneOldCopies(root, out);
    expect(readdirSync(root).sort()).toEqual(['cli-new', 'cli-recent', 'fingerprint.json']);
  });
});
