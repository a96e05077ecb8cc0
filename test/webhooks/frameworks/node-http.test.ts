// docs/recipes/webhooks/node-http.ts, for real: plain node:http reading the request stream itself, with a query string.
import { describe } from 'vitest';
import { createShopServer } from '../../../docs/recipes/webhooks/node-http.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('node:http recipe', () => {
  recipeScenario(async (client, handle) => listenOnLoopback(createShopServer(client, handle)), '/antom/notify?shop=7');
});
