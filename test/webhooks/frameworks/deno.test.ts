// docs/recipes/webhooks/deno.ts in Deno itself, served by the command its first comment gives (`deno serve` with
// the permissions written there, read from the file, so a permission the recipe lacks fails here), bound to a free
// 127.0.0.1 port; `antom-pay` from the packed tarball, found by Deno in node_modules next to a package.json.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { binary } from '../../../scripts/runtimes/run.ts';
import { serveProcess } from '../../../scripts/runtimes/serve.ts';
import { recipeSecrets, shopOf } from '../helpers/recipe-process.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('Deno recipe (deno serve)', () => {
  recipeScenario(async () => {
    const dir = inject('runtimeRecipesDir');
    const command = /`deno serve ((?:--\S+ )*)deno\.ts`/.exec(readFileSync(join(dir, 'deno.ts'), 'utf8'));
    if (command === null) throw new Error('deno.ts no longer says how to serve it (`deno serve … deno.ts`)');
    const flags = command[1]!.trim().split(' ').filter(Boolean);
    const args = ['serve', ...flags, '--no-prompt', '--host', '127.0.0.1', '--port', '0', 'deno.ts'];
    const env = { PATH: process.env.PATH, HOME: homedir(), NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', ...recipeSecrets() };
    return shopOf(await serveProcess(binary(inject('recipeRuntimes'), 'deno'), args, { cwd: dir, env, listening: /Listening on http:\/\/127\.0\.0\.1:(\d+)\//m }));
  }, '/antom/notify');
});
