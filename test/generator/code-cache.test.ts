// generator/code-cache.mjs: V8's compiled code for the CommonJS files under one folder (the generator's compiled
// copy), kept between runs. The cache must hold what a run compiled (written at exit, not at load), must never
// hand V8 damaged data (release V8 aborts on it), must leave files outside its folder and ECMAScript modules to
// Node, and must key entries so that a changed file is never served old code.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.ts';

const HOOK = pathToFileURL(path.join(ROOT, 'generator/code-cache.mjs')).href;

/** Runs `body` (ESM) in a fresh Node, with the hook on for files under `root` when `cacheDir` is given. */
function node(body: string, cacheDir?: string, root?: string): { status: number | null; stdout: string; stderr: string } {
  const setup = cacheDir ? `import { enableCodeCache } from ${JSON.stringify(HOOK)}; enableCodeCache(${JSON.stringify(cacheDir)}, ${JSON.stringify(root)});\n` : '';
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${setup}import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${body}`], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder with one large file (a package of the given type): `lazy()` is compiled only when called. */
function largeFile(type: 'commonjs' | 'module'): { root: string; file: string } {
  const root = tempDir('code-cache');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'big', type }));
  const filler = Array.from({ length: 600 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
  const exportLine = type === 'module' ? 'export function lazy() { return f599(2); }' : 'exports.lazy = function lazy() { return f599(2); };';
  writeFileSync(path.join(root, 'index.js'), `${filler}\n${exportLine}\n`);
  return { root, file: path.join(root, 'index.js') };
}

function keyOf(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return createHash('sha256').update(`${process.version}\0${file}\0${mtimeMs}\0${size}`).digest('hex').slice(0, 32);
}

const callLazy = (file: string) => `console.log(require(${JSON.stringify(file)}).lazy());`;

describe('the V8 code cache hook', () => {
  it('writes the cache at exit, with the functions the run compiled, and serves it on the next run', () => {
    const { root, file } = largeFile('commonjs');
    const cache = tempDir('v8');
    // Run 1 loads only; run 2 (its own cache) also calls lazy(): its entry must be larger, holding lazy()'s code.
    expect(node(`require(${JSON.stringify(file)});`, cache, root).status).toBe(0);
    const entry = path.join(cache, `${keyOf(file)}.bin`);
    const loadedOnly = statSync(entry).size;
    const second = node(callLazy(file), path.join(cache, 'other'), root);
    expect(second.stdout.trim()).toBe('1797');
    expect(statSync(path.join(cache, 'other', `${keyOf(file)}.bin`)).size).toBeGreaterThan(loadedOnly);
    // A warm run answers the same and leaves the accepted entry as it was.
    const before = statSync(entry).mtimeMs;
    expect(node(callLazy(file), cache, root).stdout.trim()).toBe('1797');
    expect(statSync(entry).mtimeMs).toBe(before);
  });

  it('never hands V8 a damaged entry: a same-length corruption is ignored and the entry rewritten', () => {
    const { root, file } = largeFile('commonjs');
    const cache = tempDir('v8');
    expect(node(callLazy(file), cache, root).status).toBe(0);
    const entry = path.join(cache, `${keyOf(file)}.bin`);
    const good = readFileSync(entry);
    const damaged = Buffer.from(good);
    damaged.fill(0, Math.floor(damaged.length / 2), Math.min(damaged.length, Math.floor(damaged.length / 2) + 256));
    writeFileSync(entry, damaged);
    const run = node(callLazy(file), cache, root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('1797');
    expect(readFileSync(entry).equals(damaged)).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys an entry by the file’s size and time, so an edited file is compiled from its new text', () => {
    const { root, file } = largeFile('commonjs');
    const cache = tempDir('v8');
    expect(node(`require(${JSON.stringify(file)});`, cache, root).status).toBe(0);
    writeFileSync(file, `${'// padding\n'.repeat(2000)}exports.lazy = () => 'edited';\n`);
    expect(node(callLazy(file), cache, root).stdout.trim()).toBe('edited');
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('leaves files outside its folder to Node', () => {
    const { file } = largeFile('commonjs');
    const cache = tempDir('v8');
    expect(node(callLazy(file), cache, tempDir('elsewhere')).stdout.trim()).toBe('1797');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('leaves an ECMAScript module to Node: require() of it behaves exactly as without the hook', () => {
    const { root, file } = largeFile('module');
    const body = `try { console.log('loaded', require(${JSON.stringify(file)}).lazy()); } catch (error) { console.log('error', error.code); }`;
    const without = node(body);
    const withHook = node(body, tempDir('v8'), root);
    expect(without.stdout.trim()).toMatch(/^(loaded 1797|error ERR_REQUIRE_ESM)$/);
    expect(withHook.stdout.trim()).toBe(without.stdout.trim());
  });
});
