// docs/recipes/webhooks/hono.ts served by docs/recipes/webhooks/hono-node.ts (@hono/node-server), for real: a sub-app
// routed under /shop/antom, verifying c.req.raw.
import type { Server } from 'node:http';
import { describe } from 'vitest';
import { startShop } from '../../../docs/recipes/webhooks/hono-node.ts';
import { servedOnLoopback } from '../helpers/listen.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('Hono recipe on Node (@hono/node-server)', () => {
  recipeScenario((client, handle) => servedOnLoopback(startShop(client, handle, 0) as Server), '/shop/antom/notify');
});
