#!/usr/bin/env node
// Launcher for `npm run generate`. Node 20 cannot run TypeScript, so the generator's sources are compiled once
// with esbuild into node_modules/.cache (keyed by a hash of the sources) and the compiled copy is imported.
// Plain JavaScript on purpose: it is the one file that must run before any TypeScript can.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(generatorDir);
const sources = readdirSync(generatorDir, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .sort();
const hash = createHash('sha256');
for (const file of sources) hash.update(`${file}\0`).update(readFileSync(path.join(generatorDir, file))).update('\0');
const outDir = path.join(root, 'node_modules', '.cache', 'antom-generate', `cli-${hash.digest('hex').slice(0, 16)}`);
const entry = path.join(outDir, 'cli.mjs');
if (!existsSync(entry)) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { cli: path.join(generatorDir, 'cli.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2), process.cwd(), generatorDir);
