#!/usr/bin/env node
// Launcher for `npm run generate`. Node 20 cannot run TypeScript, so the generator (with the JavaScript of the
// tools it drives: Redocly's core, openapi-typescript, ts-morph) is compiled once with esbuild (compile.mjs) into
// node_modules/.cache, keyed by a hash of the generator's sources and of those tools' versions.
// Plain JavaScript on purpose: it is the one file that must run before any TypeScript can.
//
// Start-up is most of a generate run, so the compiled copy is built for it:
//  - one file per thread instead of the hundreds of modules the tools consist of (module resolution was ~0.2 s
//    per thread), minified;
//  - CommonJS, so V8's compiled code for it is kept between runs (the require hook in code-cache.mjs);
//  - one TypeScript compiler for both emitters: openapi-typescript's `typescript` import is pointed at the copy
//    ts-morph ships (both only build and print syntax trees with it), so one thread loads one 9 MB compiler;
//  - that thread starts before the spec is read: loading the compiler is the longest step of a run, and it
//    overlaps with reading the spec on this thread.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { enableCodeCache } from './code-cache.mjs';
import { isComplete } from './compiled-copy.mjs';
import { cacheDir, toolchainKey } from './toolchain-key.mjs';

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const cacheRoot = cacheDir(generatorDir);
const toolchain = toolchainKey(generatorDir);
const outDir = path.join(cacheRoot, `cli-${toolchain.slice(0, 16)}`);
const codeCacheDir = path.join(outDir, 'v8');

if (!isComplete(outDir)) {
  const { compileGenerator } = await import('./compile.mjs');
  await compileGenerator(generatorDir, outDir);
}

enableCodeCache(codeCacheDir, outDir);
const { main } = createRequire(import.meta.url)(path.join(outDir, 'cli.cjs'));
// The CLI starts the emitter thread once it knows the run will emit (not for --help or an up-to-date output).
const startEmitterThread = () => new Worker(path.join(outDir, 'emit-worker-entry.cjs'), { workerData: { codeCacheDir } });
const code = await main(process.argv.slice(2), process.cwd(), generatorDir, toolchain, startEmitterThread);
// Leaving with process.exit() skips tearing down the heap: 20-25 ms of a cold run (median of 8, Node 20 and 24).
// Exit handlers (the code cache writer) still run; the output streams are flushed first.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit(code);
