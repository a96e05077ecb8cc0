#!/usr/bin/env node
// Launcher for `npm run generate`. Node 20 cannot run TypeScript, so the generator (with the JavaScript of the
// tools it drives: Redocly's core, openapi-typescript, ts-morph) is compiled once with esbuild (compile.mjs) into
// node_modules/.cache, keyed by a hash of the generator's sources and of those tools' versions.
// Plain JavaScript on purpose: it is the one file that must run before any TypeScript can.
//
// Start-up is most of a generate run, so the compiled copy is built for it:
//  - one file per thread instead of the hundreds of modules the tools consist of (module resolution was ~0.2 s
//    per thread), minified;
//  - CommonJS, so V8's compiled code for it is kept between runs (module.enableCompileCache where Node has it,
//    otherwise the require hook in code-cache.mjs);
//  - one TypeScript compiler for both emitters: openapi-typescript's `typescript` import is pointed at the copy
//    ts-morph ships (both only build and print syntax trees with it), so one thread loads one 9 MB compiler;
//  - that thread starts here, before the CLI itself is loaded: loading the compiler is the longest step of a run,
//    and it overlaps with reading the spec on this thread.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { enableCodeCache } from './code-cache.mjs';
import { cacheDir, toolchainKey } from './toolchain-key.mjs';

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const cacheRoot = cacheDir(generatorDir);
const codeCacheDir = path.join(cacheRoot, 'v8');
const toolchain = toolchainKey(generatorDir);
const outDir = path.join(cacheRoot, `cli-${toolchain.slice(0, 16)}`);

if (!existsSync(path.join(outDir, 'complete'))) {
  const { compileGenerator } = await import('./compile.mjs');
  await compileGenerator(generatorDir, outDir);
}

const argv = process.argv.slice(2);
// The CLI adopts the thread at once and ends it on every path that emits nothing (help, usage error, up to date).
const emitterThread = argv.includes('--help') || argv.includes('-h') ? undefined : new Worker(path.join(outDir, 'emit-worker-entry.cjs'), { workerData: { codeCacheDir } });
enableCodeCache(codeCacheDir);
const { main } = createRequire(import.meta.url)(path.join(outDir, 'cli.cjs'));
process.exitCode = await main(argv, process.cwd(), generatorDir, toolchain, emitterThread);
