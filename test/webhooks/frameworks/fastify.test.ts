// docs/recipes/webhooks/fastify.ts on Fastify 5, for real: the plugin under /shop/antom keeps raw bytes, the sandbox
// posts to /shop/antom/notify, and the JSON route beside it still parses JSON.
import { describe, expect, it } from 'vitest';
import { createShop } from '../../../docs/recipes/webhooks/fastify.ts';
import { recipeScenario, verifyingClient } from '../helpers/recipe-scenario.ts';

async function listen(app: ReturnType<typeof createShop>): Promise<{ origin: string; close(): Promise<void> }> {
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return { origin, close: () => app.close() };
}

describe('Fastify 5 recipe (encapsulated plugin with a buffer parser)', () => {
  recipeScenario((client, handle) => listen(createShop(client, handle)), '/shop/antom/notify');

  it('keeps the JSON API beside it working', async () => {
    const shop = await listen(createShop(verifyingClient('http://127.0.0.1:9'), async () => undefined));
    try {
      const answer = await fetch(`${shop.origin}/shop/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sku":"tea"}' });
      expect(await answer.json()).toEqual({ received: { sku: 'tea' } });
    } finally {
      await shop.close();
    }
  });
});
