// docs/recipes/webhooks/nextjs/app/api/antom/notify/route.ts in a real Next.js app (`next build` + `next start`),
// the sandbox posting to /api/antom/notify. The route's own handling logs each payment it accepted; that log is
// what the scenario reads as "handled". The build's duration is printed (it is most of this file's time).
import { describe } from 'vitest';
import { startNextRecipe } from '../helpers/next-app.ts';
import { paymentsLogged, recipeSecrets } from '../helpers/recipe-process.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('Next.js route handler recipe (app router, next build + next start)', () => {
  recipeScenario(async () => {
    const app = await startNextRecipe(recipeSecrets());
    console.log(`next build took ${app.buildSeconds.toFixed(1)} s`);
    return {
      origin: app.origin,
      handled: () => paymentsLogged(app.output()),
      close: app.close,
    };
  }, '/api/antom/notify');
});
