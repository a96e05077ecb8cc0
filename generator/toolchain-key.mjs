// What the generator's output and its compiled launcher depend on besides the spec: the generator's own sources,
// the versions of the tools it drives, the lockfile (which pins everything they pull in, e.g. code-block-writer)
// and the Node version. Plain JavaScript so that the launcher (generator/bin.mjs) can use it before any
// TypeScript runs; the CLI reuses the launcher's value instead of reading the same files again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project's cache folder for the generator: compiled launcher, V8 code cache, up-to-date fingerprints. */
export function cacheDir(generatorDir) {
  return path.join(path.dirname(generatorDir), 'node_modules', '.cache', 'antom-generate');
}

/** Files outside generator/ that the compiled launcher includes (the result-table lint rule it shares with Redocly). */
export const SHARED_SOURCES = ['scripts/redocly/result-table-rules.mjs'];

/** Tools whose code or output ends up in generated/ or in the compiled launcher. */
export const TOOL_PACKAGES = ['@redocly/openapi-core', 'openapi-typescript', 'ts-morph', '@ts-morph/common', 'typescript'];

function versionOf(root, name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

export function toolchainKey(generatorDir) {
  const root = path.dirname(generatorDir);
  const hash = createHash('sha256');
  for (const file of readdirSync(generatorDir, { recursive: true }).filter((f) => /\.(ts|mts|mjs)$/.test(f)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(generatorDir, file))).update('\0');
  }
  for (const file of SHARED_SOURCES) {
    try {
      hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
    } catch {
      hash.update(`${file}\0missing\0`);
    }
  }
  for (const name of TOOL_PACKAGES) hash.update(`${name}@${versionOf(root, name)}\0`);
  try {
    hash.update(readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  hash.update(process.version);
  return hash.digest('hex');
}
