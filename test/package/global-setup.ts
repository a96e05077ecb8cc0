// Builds and packs the package once for the whole package project (the test files install the same tarball into
// their own consumer projects; two builds at once would race on dist/; helpers/pack.ts shares the tarball with the
// webhooks project when both run), and meanwhile makes sure the other runtimes are installed
// (scripts/runtimes/install.ts: pinned versions from the npm registry into node_modules/.cache/antom-runtimes, once
// per machine). A runtime that cannot be installed fails the whole project: nothing is skipped. Teardown deletes
// the scratch folder.
import type { TestProject } from 'vitest/node';
import { ensureRuntimes } from '../../scripts/runtimes/install.ts';
import type { InstalledRuntime } from '../../scripts/runtimes/install.ts';
import { packOnce, removePacked } from './helpers/pack.ts';

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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const runtimes = ensureRuntimes();
    runtimes.catch(() => undefined);
    const { tarball, workDir } = await packOnce();
    project.provide('packageTarball', tarball);
    project.provide('packageWorkDir', workDir);
    project.provide('runtimes', await runtimes);
  } catch (error) {
    await removePacked();
    throw error;
  }
  return removePacked;
}
