// The compiled copy of the generator that `npm run generate` runs (generator/bin.mjs, compile.mjs): what it is
// built for (one TypeScript compiler in the emitter thread, ts-morph without its lib files) still holds for the
// installed tool versions, and it writes the same bytes as the generator run from its TypeScript sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.ts';
import { buildForGenerator } from '../../generator/compile.mjs';
import { cacheDir, toolchainKey } from '../../generator/toolchain-key.mjs';
import { ROOT, hashTree, runGenerate, tempDir } from './helpers.ts';

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

  it('writes byte-for-byte what the generator run from its TypeScript sources writes', async () => {
    const compiled = path.join(tempDir('compiled'), 'out');
    const sources = path.join(tempDir('sources'), 'out');
    expect(runGenerate(['--out', compiled, '--no-cache', '--quiet']).status).toBe(0);
    // In this process: the emitters run here, with openapi-typescript on the `typescript` package.
    expect(await main(['--out', sources, '--no-cache', '--quiet'], ROOT)).toBe(0);
    expect(hashTree(compiled)).toEqual(hashTree(sources));
    expect(Object.keys(hashTree(compiled))).toHaveLength(4);
  });
});
