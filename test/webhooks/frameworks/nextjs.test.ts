// docs/recipes/webhooks/nextjs/app/api/antom/notify/route.ts in a real Next.js app (`next build` + `next start`),
// the sandbox posting to /api/antom/notify. The route's own handling logs each payment it accepted; that log is
// what the scenario reads as "handled". The build's duration is printed (it is most of this file's time).
import { describe } from 'vitest';
import { ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../../sandbox/test-keys.ts';
import { startNextRecipe } from '../helpers/next-app.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('Next.js route handler recipe (app router, next build + next start)', () => {
  recipeScenario(async () => {
    const app = await startNextRecipe({
      ANTOM_CLIENT_ID: TEST_CLIENT_ID,
      ANTOM_PRIVATE_KEY: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
      ANTOM_PUBLIC_KEY: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
    });
    console.log(`next build took ${app.buildSeconds.toFixed(1)} s`);
    return {
      origin: app.origin,
      handled: () => [...app.output().matchAll(/^payment (\S+): S$/gm)].map((match) => match[1]!),
      close: app.close,
    };
  }, '/api/antom/notify');
});
