#!/usr/bin/env node
// Launcher for `npm run generate`. Node 20 cannot run TypeScript, so the generator's sources are compiled once
// with esbuild into node_modules/.cache (keyed by a hash of the sources and of the bundled tools' versions) and
// the compiled copy is imported. Plain JavaScript on purpose: it is the one file that must run before any
// TypeScript can.
//
// Start-up cost is most of a generate run, so the compiled copy also:
//  - loads CommonJS packages (typescript, ts-morph, @redocly/openapi-core) with require() instead of import:
//    importing CommonJS from ESM makes Node lex the whole file for export names, ~0.3 s for typescript.js alone;
//  - keeps V8's compiled code for those packages between runs (module.enableCompileCache where Node has it,
//    otherwise a small require hook that stores V8 code caches in node_modules/.cache).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCodeCache } from './code-cache.mjs';

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(generatorDir);
const cacheRoot = path.join(root, 'node_modules', '.cache', 'antom-generate');
/** Packages whose code is compiled into the cached copy: their versions are part of its key. */
const BUNDLED = ['openapi-typescript'];
/** CommonJS packages reached through require() at run time. */
const REQUIRED = /^(typescript|ts-morph|@redocly\/openapi-core)(\/.*)?$/;

function versionOf(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

const hash = createHash('sha256');
for (const file of readdirSync(generatorDir, { recursive: true }).filter((f) => /\.(ts|mjs)$/.test(f)).sort()) {
  hash.update(`${file}\0`).update(readFileSync(path.join(generatorDir, file))).update('\0');
}
for (const name of BUNDLED) hash.update(`${name}@${versionOf(name)}\0`);
const outDir = path.join(cacheRoot, `cli-${hash.digest('hex').slice(0, 16)}`);
const entry = path.join(outDir, 'cli.mjs');

if (!existsSync(entry)) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { cli: path.join(generatorDir, 'cli.ts'), 'emit-worker': path.join(generatorDir, 'emit-worker.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __antomCreateRequire } from 'node:module';\nconst require = __antomCreateRequire(import.meta.url);" },
    plugins: [
      {
        name: 'externals',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { external: true };
            const pkg = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
            if (REQUIRED.test(args.path)) {
              return args.kind === 'require-call' ? { external: true } : { path: args.path, namespace: 'via-require' };
            }
            if (BUNDLED.includes(pkg)) return undefined;
            return { external: true };
          });
          build.onLoad({ filter: /.*/, namespace: 'via-require' }, (args) => ({
            contents: `module.exports = require(${JSON.stringify(args.path)});`,
            loader: 'js',
            resolveDir: root,
          }));
        },
      },
    ],
  });
}

enableCodeCache(path.join(cacheRoot, 'v8'));
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2), process.cwd(), generatorDir);
