// docs/recipes/webhooks/bun.ts in Bun itself: its default export served by Bun.serve, as `bun run bun.ts` does with
// an entry's default export, but on a free 127.0.0.1 port (the recipe's port 3000 on every interface is for the
// merchant's server, not a test); `antom-pay` from the packed tarball, resolved by Bun from node_modules.
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { binary } from '../../../scripts/runtimes/run.ts';
import { serveProcess } from '../../../scripts/runtimes/serve.ts';
import { recipeSecrets, shopOf } from '../helpers/recipe-process.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

const SERVE = `import app from './bun.ts';
const server = Bun.serve({ ...app, port: 0, hostname: '127.0.0.1' });
console.log(\`Listening on \${server.url}\`);
`;

describe('Bun recipe (Bun.serve)', () => {
  recipeScenario(async () => {
    const dir = inject('runtimeRecipesDir');
    await writeFile(join(dir, 'serve-bun.mjs'), SERVE);
    const env = { PATH: process.env.PATH, HOME: homedir(), NO_COLOR: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0', ...recipeSecrets() };
    return shopOf(await serveProcess(binary(inject('recipeRuntimes'), 'bun'), ['run', 'serve-bun.mjs'], { cwd: dir, env, listening: /^Listening on http:\/\/127\.0\.0\.1:(\d+)\/$/m }));
  }, '/antom/notify');
});
