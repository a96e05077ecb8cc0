// docs/recipes/webhooks/workers.ts in workerd itself, without and with the nodejs_compat flag: bundled by esbuild
// with the conditions wrangler uses (scripts/runtimes/run.ts), `antom-pay` from the packed tarball, the secrets as
// the Worker's text bindings (`env`, as `wrangler secret put` gives them), on a free 127.0.0.1 port. Without
// nodejs_compat the bundle may import no `node:` module at all (bundleWorker refuses one).
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { binary, bundleWorker } from '../../../scripts/runtimes/run.ts';
import { startWorkerd } from '../../../scripts/runtimes/workerd.ts';
import { recipeSecrets, shopOf } from '../helpers/recipe-process.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

for (const nodejsCompat of [false, true]) {
  describe(`Cloudflare Workers recipe on workerd, ${nodejsCompat ? 'with' : 'without'} nodejs_compat`, () => {
    recipeScenario(async () => {
      const script = await bundleWorker(join(inject('runtimeRecipesDir'), 'workers.ts'), nodejsCompat);
      return shopOf(await startWorkerd({ workerd: binary(inject('recipeRuntimes'), 'workerd'), script, nodejsCompat, bindings: recipeSecrets() }));
    }, '/antom/notify');
  });
}
