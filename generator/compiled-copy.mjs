// The folder that holds the generator's compiled copy (node_modules/.cache/antom-generate/cli-<toolchain>): when
// it may be trusted, how a new build is put in place next to runs that may be using an older one, and how old
// copies are cleared away. Plain JavaScript: the launcher uses it before any TypeScript can run.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MARKER = 'complete';
/** Copies and leftover build folders older than this are removed when a new copy is installed. */
const STALE_MS = 10 * 60 * 1000;

/**
 * True when `dir` holds a finished build whose files are all there with the sizes they were written with, so a
 * truncated or half-deleted copy is rebuilt instead of failing every run with a SyntaxError or a missing module.
 */
export function isComplete(dir) {
  try {
    const { files } = JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8'));
    return Object.entries(files).every(([name, size]) => statSync(path.join(dir, name)).size === size);
  } catch {
    return false;
  }
}

/** Writes the marker that makes `buildDir` a finished build: every file's size. */
export function markComplete(buildDir) {
  const files = Object.fromEntries(readdirSync(buildDir).map((name) => [name, statSync(path.join(buildDir, name)).size]));
  writeFileSync(path.join(buildDir, MARKER), JSON.stringify({ files }));
}

/**
 * Renames the finished `buildDir` to `outDir`. A damaged copy already at `outDir` is moved aside first; when
 * another run has installed a good copy meanwhile, that copy is kept (it may be in use) and `buildDir` removed.
 */
export function install(buildDir, outDir) {
  // Only a copy that is there and damaged is moved: an absent one may be appearing right now from another run.
  if (existsSync(outDir) && !isComplete(outDir)) {
    const aside = `${outDir}.damaged-${process.pid}`;
    try {
      renameSync(outDir, aside);
      rmSync(aside, { recursive: true, force: true });
    } catch {
      // Nothing there, or another run moved it first.
    }
  }
  try {
    renameSync(buildDir, outDir);
  } catch (error) {
    rmSync(buildDir, { recursive: true, force: true });
    if (!isComplete(outDir)) throw error;
  }
}

/**
 * Removes the other copies in `cacheRoot` (each with its V8 code cache), leftover build folders and the code
 * cache folder of earlier versions of the launcher, when older than ten minutes.
 */
export function pruneOldCopies(cacheRoot, keep) {
  let names;
  try {
    names = readdirSync(cacheRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const full = path.join(cacheRoot, name);
    if (!(name.startsWith('cli-') || name === 'v8') || full === keep) continue;
    try {
      if (Date.now() - statSync(full).mtimeMs > STALE_MS) rmSync(full, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
