#!/usr/bin/env node
// Launcher for `npm run generate`. Node 20 cannot run TypeScript, so the generator (with the JavaScript of the
// tools it drives: Redocly's core, openapi-typescript, ts-morph) is compiled once with esbuild into one CommonJS
// file in node_modules/.cache, keyed by a hash of the generator's sources and of those tools' versions.
// Plain JavaScript on purpose: it is the one file that must run before any TypeScript can.
//
// Start-up is most of a generate run, so the compiled copy is built for it:
//  - one file instead of the hundreds of modules the tools consist of (module resolution was ~0.2 s per thread);
//  - CommonJS, so V8's compiled code for it, and for the TypeScript compiler it requires, is kept between runs
//    (module.enableCompileCache where Node has it, otherwise the require hook in code-cache.mjs);
//  - the TypeScript compiler is required, never imported: importing CommonJS from ESM makes Node lex the whole
//    9 MB file for export names, and ts-morph's own copy of TypeScript is used as it ships.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCodeCache } from './code-cache.mjs';
import { cacheDir, toolchainKey } from './toolchain-key.mjs';

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const cacheRoot = cacheDir(generatorDir);
const codeCacheDir = path.join(cacheRoot, 'v8');
const toolchain = toolchainKey(generatorDir);
const outDir = path.join(cacheRoot, `cli-${toolchain.slice(0, 16)}`);
const entry = path.join(outDir, 'cli.cjs');

if (!existsSync(path.join(outDir, 'complete'))) {
  // Build into a private folder and rename it into place when every file is written, so an interrupted build
  // never leaves a half-written bundle that a later run would trust.
  const finalDir = outDir;
  const buildDir = `${outDir}.tmp-${process.pid}`;
  rmSync(buildDir, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  const build = (entryPoints, external) =>
    esbuild.build({
      entryPoints,
      outdir: buildDir,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      define: { 'import.meta.url': '__antomImportMetaUrl' },
      banner: { js: "const __antomImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      plugins: [
        {
          name: 'externals',
          setup(pluginBuild) {
            // The TypeScript compiler stays a runtime require (code-cached); so does ts-morph's bundled copy of it.
            pluginBuild.onResolve({ filter: /^typescript$/ }, () => ({ path: 'typescript', external: true }));
            pluginBuild.onResolve({ filter: /^\.\/typescript$/ }, (args) =>
              args.importer.includes(`${path.sep}@ts-morph${path.sep}common${path.sep}`)
                ? { path: '@ts-morph/common/dist/typescript.js', external: true }
                : undefined,
            );
            pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (external.some((name) => args.path === name || args.path.startsWith(`${name}/`)) ? { path: args.path, external: true } : undefined));
          },
        },
      ],
    });
  await Promise.all([
    // The main thread reads the spec; the emitters run in workers, so it never loads openapi-typescript or ts-morph.
    build({ cli: path.join(generatorDir, 'cli.ts') }, ['esbuild', 'openapi-typescript', 'ts-morph']),
    // One worker per heavy tool, each bundle without the other's code.
    build({ 'emit-worker-types': path.join(generatorDir, 'emit-worker.ts'), 'code-cache': path.join(generatorDir, 'code-cache.mjs') }, ['esbuild', 'ts-morph']),
    build({ 'emit-worker-morph': path.join(generatorDir, 'emit-worker.ts') }, ['esbuild', 'openapi-typescript', '@redocly/openapi-core']),
  ]);
  // Worker threads have their own module loader: these entries switch the code cache on before anything loads.
  for (const kind of ['types', 'morph']) {
    writeFileSync(
      path.join(buildDir, `emit-worker-${kind}-entry.cjs`),
      [
        '// Written by generator/bin.mjs.',
        "const { workerData } = require('node:worker_threads');",
        "require('./code-cache.cjs').enableCodeCache(workerData.codeCacheDir);",
        `require('./emit-worker-${kind}.cjs');`,
        '',
      ].join('\n'),
    );
  }
  writeFileSync(path.join(buildDir, 'complete'), '');
  if (existsSync(path.join(finalDir, 'complete'))) {
    // Another run finished the same build first; keep its copy, which may be in use.
    rmSync(buildDir, { recursive: true, force: true });
  } else {
    rmSync(finalDir, { recursive: true, force: true }); // a half-written leftover, if anything
    try {
      renameSync(buildDir, finalDir);
    } catch (error) {
      if (!existsSync(path.join(finalDir, 'complete'))) throw error;
      rmSync(buildDir, { recursive: true, force: true });
    }
  }
}

enableCodeCache(codeCacheDir);
const { main } = createRequire(import.meta.url)(entry);
process.exitCode = await main(process.argv.slice(2), process.cwd(), generatorDir, toolchain);
