// Serving the Hono app on Node.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { AntomClient, AntomNotification } from 'antom-pay';
import { createShop } from './hono.ts';

export function startShop(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>, port = 3000, hostname = '127.0.0.1'): ServerType {
  return serve({ fetch: createShop(client, handle).fetch, port, hostname });
}
