// generator/code-cache.mjs: V8's compiled code for large CommonJS files in node_modules, kept between runs. The
// cache must hold what a run compiled (written at exit, not at load), must be keyed so that a changed file is
// never served stale code, and must leave modules it does not handle to Node.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.ts';

const HOOK = pathToFileURL(path.join(ROOT, 'generator/code-cache.mjs')).href;

/** Runs `body` (ESM) in a fresh Node, with the hook on when `cacheDir` is given. */
function node(body: string, cacheDir?: string): { status: number | null; stdout: string; stderr: string } {
  const setup = cacheDir ? `import { enableCodeCache } from ${JSON.stringify(HOOK)}; enableCodeCache(${JSON.stringify(cacheDir)});\n` : '';
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${setup}import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${body}`], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A package inside a node_modules folder with one large file: `lazy()` is compiled only when called. */
function largePackage(type: 'commonjs' | 'module'): string {
  const dir = path.join(tempDir('code-cache'), 'node_modules', 'big');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'big', type }));
  const filler = Array.from({ length: 600 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
  const exportLine = type === 'module' ? 'export function lazy() { return f599(2); }' : 'exports.lazy = function lazy() { return f599(2); };';
  writeFileSync(path.join(dir, 'index.js'), `${filler}\n${exportLine}\n`);
  return path.join(dir, 'index.js');
}

function keyOf(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return createHash('sha256').update(`${process.version}\0${file}\0${mtimeMs}\0${size}`).digest('hex').slice(0, 32);
}

describe('the V8 code cache hook', () => {
  it('writes the cache at exit, with the functions the run compiled, and serves it on the next run', () => {
    const file = largePackage('commonjs');
    const cache = tempDir('v8');
    // Run 1 loads only; run 2 also calls lazy(): its cache entry must be larger, since it holds lazy()'s code too.
    expect(node(`require(${JSON.stringify(file)});`, cache).status).toBe(0);
    const entry = path.join(cache, `${keyOf(file)}.bin`);
    const loadedOnly = statSync(entry).size;
    const second = node(`console.log(require(${JSON.stringify(file)}).lazy());`, path.join(cache, 'other'));
    expect(second.stdout.trim()).toBe(String(599 * 2 + 599));
    expect(statSync(path.join(cache, 'other', `${keyOf(file)}.bin`)).size).toBeGreaterThan(loadedOnly);
    // A warm run answers the same and leaves the accepted entry as it was.
    const before = statSync(entry).mtimeMs;
    expect(node(`console.log(require(${JSON.stringify(file)}).lazy());`, cache).stdout.trim()).toBe('1797');
    expect(statSync(entry).mtimeMs).toBe(before);
  });

  it('keys an entry by the file’s size and time, so an edited file is compiled from its new text', () => {
    const file = largePackage('commonjs');
    const cache = tempDir('v8');
    expect(node(`require(${JSON.stringify(file)});`, cache).status).toBe(0);
    writeFileSync(file, `${'// padding\n'.repeat(2000)}exports.lazy = () => 'edited';\n`);
    expect(node(`console.log(require(${JSON.stringify(file)}).lazy());`, cache).stdout.trim()).toBe('edited');
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('leaves an ECMAScript module to Node: require() of it behaves exactly as without the hook', () => {
    const file = largePackage('module');
    const body = `try { console.log('loaded', require(${JSON.stringify(file)}).lazy()); } catch (error) { console.log('error', error.code); }`;
    const without = node(body);
    const withHook = node(body, tempDir('v8'));
    expect(without.stdout.trim()).toMatch(/^(loaded 1797|error ERR_REQUIRE_ESM)$/);
    expect(withHook.stdout.trim()).toBe(without.stdout.trim());
  });
});
