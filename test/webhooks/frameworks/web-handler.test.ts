// docs/recipes/webhooks/web-handler.ts, the fetch handler the Cloudflare Workers, Deno and Bun recipes serve, run here
// on Node through @hono/node-server's adapter (a plain `fetch(Request) => Response` server), with the test's own
// handling. The recipes themselves run in their runtimes in workers.test.ts, deno.test.ts and bun.test.ts.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { describe } from 'vitest';
import { notifyHandler } from '../../../docs/recipes/webhooks/web-handler.ts';
import { servedOnLoopback } from '../helpers/listen.ts';
import { recipeScenario } from '../helpers/recipe-scenario.ts';

describe('the fetch handler of the Workers, Deno and Bun recipes, on Node', () => {
  recipeScenario((client, handle) => servedOnLoopback(serve({ fetch: notifyHandler(client, handle), port: 0, hostname: '127.0.0.1' }) as Server), '/antom/notify');
});
