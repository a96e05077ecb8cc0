// Compiles the generator for `npm run generate` (see bin.mjs): the CLI for the main thread and the emitter
// thread's code, each one CommonJS file, into a cache folder keyed by the toolchain. Plain JavaScript: it runs
// before any TypeScript can.
import { rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { install, markComplete, pruneOldCopies } from './compiled-copy.mjs';
import { lazyRedoclyConfig } from './lazy-redocly-config.mjs';

/** The TypeScript compiler both emitters use: the copy ts-morph ships (openapi-typescript's import is pointed at it). */
const TS_MORPH_TYPESCRIPT = '@ts-morph/common/dist/typescript.js';

/**
 * ts-morph's common package carries the text of TypeScript's lib .d.ts files (2.9 MB of its 3 MB) for projects
 * that type-check in memory. The emitters never create a project at all (they print structures), so the
 * emitter thread's copy leaves that text out: requiring the bundle, code cache warm, went from 160 to 56 ms on
 * the 2-vCPU dev VM. A project that asks for the lib files gets a clear error instead. When a new ts-morph no
 * longer matches the pattern the text stays in (slower, same output) and test/generator/launcher.test.ts fails.
 */
const withoutTsMorphLibFiles = {
  name: 'without-ts-morph-lib-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]ts-morph-common\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: stripLibFiles(source) ?? source, loader: 'js' };
    });
  },
};

/**
 * ts-morph-common's source with the `libFiles` array (from `const libFiles = [{` to the `];` that closes it, the
 * line before `function getLibFiles()`) replaced by a stub that throws; undefined when that shape is not found.
 */
export function stripLibFiles(source) {
  const match = /^const libFiles = \[\{\n[\s\S]*?\n {4}\}\];\n(?=\nfunction getLibFiles\(\) \{)/m.exec(source);
  if (!match) return undefined;
  const stub = "const libFiles = { [Symbol.iterator]() { throw new Error('the generator compiles ts-morph without the lib .d.ts files: create projects with skipLoadingLibFiles'); } };\n";
  return `${source.slice(0, match.index)}${stub}${source.slice(match.index + match[0].length)}`;
}

/**
 * Marks the named packages (and their subpaths) as runtime requires, and points `typescript` at ts-morph's copy.
 * `import ts from 'typescript'` (openapi-typescript, ten modules) goes through a one-line module that hands over
 * the compiler's exports object as it is: esbuild's own interop for a CommonJS default import copies every one of
 * the compiler's ~3,000 exports into a new object at each import site (56 ms of the emitter thread's start).
 */
function dependencies(external, typescriptPath) {
  return {
    name: 'dependencies',
    setup(build) {
      build.onResolve({ filter: /^typescript$/ }, () => ({ path: 'typescript', namespace: 'typescript-default' }));
      build.onLoad({ filter: /.*/, namespace: 'typescript-default' }, () => ({
        contents: `export default require(${JSON.stringify(typescriptPath)});\n`,
        loader: 'js',
        resolveDir: path.dirname(typescriptPath),
      }));
      build.onResolve({ filter: /^[^./]/ }, (args) => (external.some((name) => args.path === name || args.path.startsWith(`${name}/`)) ? { path: args.path, external: true } : undefined));
    },
  };
}

/**
 * Bundles entry points the way the generator's compiled copy is bundled: one minified CommonJS file each, the
 * named packages left as runtime requires, ts-morph's TypeScript for every `typescript` import, ts-morph
 * without its lib files, and Redocly's redocly.yaml types built on first use (lazy-redocly-config.mjs). Packages
 * resolve from the generator's project, wherever the entries are.
 */
export async function buildForGenerator(entryPoints, outdir, external = []) {
  const esbuild = await import('esbuild');
  const require = createRequire(import.meta.url);
  await esbuild.build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    // Shorter names load faster: the emitter thread (the TypeScript compiler inside) is ready ~60-100 ms sooner
    // than unminified. No source maps (they cost 0.4 s of this build and 19 MB): to debug the generator, run it
    // from its sources (docs/development.md).
    minify: true,
    nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
    define: { 'import.meta.url': '__antomImportMetaUrl' },
    banner: { js: "const __antomImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [dependencies(external, require.resolve(TS_MORPH_TYPESCRIPT)), withoutTsMorphLibFiles, lazyRedoclyConfig(readFile)],
  });
}

/**
 * Builds into a private folder and renames it to `outDir` when every file is written, so an interrupted build
 * never leaves a half-written bundle that a later run would trust; a failed build leaves nothing behind.
 */
export async function compileGenerator(generatorDir, outDir) {
  const buildDir = `${outDir}.tmp-${process.pid}`;
  rmSync(buildDir, { recursive: true, force: true });
  try {
    await buildInto(generatorDir, buildDir);
    install(buildDir, outDir);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  pruneOldCopies(path.dirname(outDir), outDir);
}

async function buildInto(generatorDir, buildDir) {
  const build = (entryPoints, external) => buildForGenerator(entryPoints, buildDir, external);
  // allSettled: a failed build must not leave the other one writing into a folder that is being removed.
  const builds = await Promise.allSettled([
    // The main thread reads the spec; the emitters run in a worker, so it never loads openapi-typescript or ts-morph.
    build({ cli: path.join(generatorDir, 'cli.ts') }, ['esbuild', 'openapi-typescript', 'ts-morph']),
    // The emitter thread: ts-morph, openapi-typescript's transform and the one TypeScript compiler they share.
    build({ 'emit-worker': path.join(generatorDir, 'emit-worker.ts'), 'code-cache': path.join(generatorDir, 'code-cache.mjs') }, ['esbuild']),
  ]);
  const failed = builds.find((b) => b.status === 'rejected');
  if (failed) throw failed.reason;
  // A worker thread has its own module loader: this entry switches the code cache on before anything loads.
  writeFileSync(
    path.join(buildDir, 'emit-worker-entry.cjs'),
    [
      '// Written by generator/compile.mjs.',
      "const { workerData } = require('node:worker_threads');",
      "require('./code-cache.cjs').enableCodeCache(workerData.codeCacheDir, __dirname);",
      "require('./emit-worker.cjs');",
      '',
    ].join('\n'),
  );
  markComplete(buildDir);
}
