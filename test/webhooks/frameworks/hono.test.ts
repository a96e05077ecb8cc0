// docs/recipes/webhooks/hono.ts served by docs/recipes/webhooks/hono-node.ts (@hono/node-server), for real: a sub-app
// routed under /shop/antom, verifying c.req.raw.
import type { AddressInfo } from 'node:net';
import { describe } from 'vitest';
import { startShop } from '../../../docs/recipes/webhooks/hono-node.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('Hono recipe on Node (@hono/node-server)', () => {
  recipeScenario(async (client, handle) => {
    const server = startShop(client, handle, 0);
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
    return {
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }, '/shop/antom/notify');
});
