// Hono: the same app runs on Node (@hono/node-server, below), Cloudflare Workers, Deno and Bun.
import { Hono } from 'hono';
import { notificationAckResponse, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

export function createShop(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): Hono {
  const antom = new Hono();
  antom.post('/notify', async (c) => {
    try {
      // c.req.raw is the web Request, its body unread: verifyWebhook reads the raw bytes itself.
      const notice = await client.verifyWebhook(c.req.raw);
      await handle(notice); // record it idempotently: Antom sends it again until it is acknowledged
      return notificationAckResponse();
    } catch (error) {
      return new Response(null, { status: webhookErrorStatus(error) });
    }
  });
  const app = new Hono();
  app.route('/shop/antom', antom);
  return app;
}
