// The output folder: what is in it, whether it may be replaced, and replacing it atomically (written to a sibling
// staging folder, then swapped in by rename), so a failed or interrupted run never leaves half an output behind.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './pipeline.ts';
import { GeneratorError } from './types.ts';

/** Every file under `dir`, relative with forward slashes, sorted; none when the folder does not exist. */
export async function listOutputs(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The output folder is replaced as a whole, so it may only hold what the generator writes. Anything else (a
 * mistyped `--out scripts`, `--out .`) is refused before a byte is written.
 */
export async function assertReplaceable(outDir: string, files: readonly GeneratedFile[], specFile: string, rel: (file: string) => string): Promise<void> {
  const inside = path.relative(outDir, specFile);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
    throw new GeneratorError(`--out ${rel(outDir)} contains the spec itself; choose a folder of its own`, { rule: 'usage' });
  }
  const ours = new Set(files.map((f) => f.path));
  const foreign = (await listOutputs(outDir)).filter((file) => !ours.has(file));
  if (foreign.length > 0) {
    const sample = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
    throw new GeneratorError(
      `${rel(outDir)}/ holds files the generator does not write (${sample}); it replaces the whole folder, so it refuses. Use an empty or generated-only folder, or remove those files.`,
      { rule: 'usage' },
    );
  }
}

/** A swap interrupted between its two renames leaves the previous output under a retired name: put it back. */
export async function recoverInterruptedSwap(outDir: string): Promise<void> {
  if (existsSync(outDir)) return;
  const parent = path.dirname(outDir);
  if (!existsSync(parent)) return;
  const retired = (await readdir(parent)).filter((name) => name.startsWith(`.${path.basename(outDir)}.old-`)).sort();
  const last = retired.at(-1);
  if (last) await rename(path.join(parent, last), outDir);
}

/** Writes every file to a sibling temporary folder, then swaps it in, so a failed run leaves the old output intact. */
export async function writeAtomically(outDir: string, files: readonly GeneratedFile[]): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const staging = path.join(parent, `.${base}.tmp-${process.pid}`);
  const retired = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
  } catch (error) {
    // A failed write (disk full, permissions) leaves no half-written folder behind, only the last good output.
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadOutput = existsSync(outDir);
  if (hadOutput) await rename(outDir, retired);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOutput) await rename(retired, outDir);
    throw error;
  }
  if (hadOutput) await rm(retired, { recursive: true, force: true });
}

/** How the output folder differs from freshly generated files (for --check): in file order, extras last. */
export async function compareOutputs(outDir: string, files: readonly GeneratedFile[]): Promise<{ kind: 'missing' | 'differs' | 'extra'; file: string }[]> {
  const problems: { kind: 'missing' | 'differs' | 'extra'; file: string }[] = [];
  for (const file of files) {
    const current = await readFile(path.join(outDir, file.path), 'utf8').catch(() => undefined);
    if (current === undefined) problems.push({ kind: 'missing', file: file.path });
    else if (current !== file.contents) problems.push({ kind: 'differs', file: file.path });
  }
  const ours = new Set(files.map((f) => f.path));
  for (const file of await listOutputs(outDir)) if (!ours.has(file)) problems.push({ kind: 'extra', file });
  return problems;
}
