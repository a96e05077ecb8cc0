// `npm run build` and `npm pack` once per vitest run, for every project that installs the tarball (package, and
// webhooks for the Workers, Deno and Bun recipes). Vitest runs the projects' global setups one after another in its
// own process, each project loading them in a module graph of its own, so the memo lives on globalThis: the second
// project reuses the first one's tarball, which saves a second build (about 11 s on this machine) when both run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './consumer.ts';
import { runOk } from './run.ts';

export interface Packed {
  /** Absolute path of the packed `antom-pay-<version>.tgz`. */
  tarball: string;
  /** Scratch folder holding the tarball; consumer projects go under it. */
  workDir: string;
}

const MEMO = Symbol.for('antom-pay.test.packed');
type Holder = { [MEMO]?: Promise<Packed> };

/** The tarball of the current sources, built and packed on the first call of this vitest run. */
export function packOnce(): Promise<Packed> {
  const holder = globalThis as Holder;
  holder[MEMO] ??= pack();
  // A failed build is not remembered: the next project tries again and fails with its own message.
  holder[MEMO].catch(() => delete holder[MEMO]);
  return holder[MEMO];
}

/** Deletes the scratch folder (and forgets it); each project's teardown calls it, the first one deletes. */
export async function removePacked(): Promise<void> {
  const holder = globalThis as Holder;
  const packed = holder[MEMO];
  delete holder[MEMO];
  const workDir = await packed?.then((value) => value.workDir).catch(() => undefined);
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
}

async function pack(): Promise<Packed> {
  const workDir = await mkdtemp(join(tmpdir(), 'antom-pay-package-'));
  try {
    await runOk('npm', ['run', 'build'], ROOT);
    const packed = JSON.parse(await runOk('npm', ['pack', '--json', '--pack-destination', workDir], ROOT)) as [{ filename: string }];
    return { tarball: join(workDir, packed[0].filename), workDir };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
