// For the Workers, Deno and Bun recipes, which run in their own runtimes: a consumer project with the packed
// tarball installed (`antom-pay` as a merchant gets it from npm, resolved by each runtime itself) and the recipe
// files copied in as the docs show them, and the pinned workerd, Deno and Bun (scripts/runtimes/install.ts).
// A runtime that cannot be installed fails the whole project: nothing is skipped.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureRuntimes } from '../../scripts/runtimes/install.ts';
import type { InstalledRuntime } from '../../scripts/runtimes/install.ts';
import { createConsumer, ROOT } from '../package/helpers/consumer.ts';
import { packOnce, removePacked } from '../package/helpers/pack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The consumer project holding the runtime recipes and node_modules/antom-pay from the tarball. */
    runtimeRecipesDir: string;
    /** workerd, Deno and Bun, by install name. */
    recipeRuntimes: Record<string, InstalledRuntime>;
  }
}

/** The recipe files the runtime tests serve (docs/recipes/webhooks/). */
export const RUNTIME_RECIPES = ['web-handler.ts', 'workers.ts', 'deno.ts', 'bun.ts'] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const runtimes = ensureRuntimes(['workerd', 'deno', 'bun']);
    runtimes.catch(() => undefined);
    const { tarball, workDir } = await packOnce();
    const dir = join(workDir, 'runtime-recipes');
    await createConsumer({ dir, fixtures: [], tarball, packages: [] });
    for (const file of RUNTIME_RECIPES) await copyFile(join(ROOT, 'docs', 'recipes', 'webhooks', file), join(dir, file));
    project.provide('runtimeRecipesDir', dir);
    project.provide('recipeRuntimes', await runtimes);
  } catch (error) {
    await removePacked();
    throw error;
  }
  return removePacked;
}
