// Builds and packs the package once for the whole package project (the test files install the same tarball into
// their own consumer projects; two builds at once would race on dist/), and meanwhile makes sure the other
// runtimes are installed (scripts/runtimes/install.ts: pinned versions from the npm registry into
// node_modules/.cache/antom-runtimes, once per machine). A runtime that cannot be installed fails the whole
// project: nothing is skipped. Teardown deletes the scratch folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureRuntimes } from '../../scripts/runtimes/install.ts';
import type { InstalledRuntime } from '../../scripts/runtimes/install.ts';
import { runOk } from './helpers/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the packed `antom-pay-<version>.tgz`. */
    packageTarball: string;
    /** Scratch folder holding the tarball; test files create their consumer projects under it. */
    packageWorkDir: string;
    /** The installed runtimes (Node 22 and 24, Bun, Deno, workerd, edge-runtime), by name. */
    runtimes: Record<string, InstalledRuntime>;
  }
}

const ROOT = join(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'antom-pay-package-'));
  try {
    const runtimes = ensureRuntimes();
    runtimes.catch(() => undefined);
    await runOk('npm', ['run', 'build'], ROOT);
    const packed = JSON.parse(await runOk('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as [{ filename: string }];
    project.provide('packageTarball', join(work, packed[0].filename));
    project.provide('packageWorkDir', work);
    project.provide('runtimes', await runtimes);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  return () => rm(work, { recursive: true, force: true });
}
