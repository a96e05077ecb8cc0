// Express 5: Antom's notifications on a router mounted under a prefix, next to a JSON API.
import express from 'express';
import type { Express, Router } from 'express';
import { sendNotificationAck, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

/** The notify route. Antom calls `<prefix>/notify`; give Antom that full URL as the notify URL. */
export function antomRouter(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): Router {
  const router = express.Router();
  // The raw bytes for this route: the signature covers the body exactly as Antom sent it.
  router.post('/notify', express.raw({ type: 'application/json' }), async (req, res) => {
    try {
      // Reads req.originalUrl (the path Antom signed, prefix included) and the Buffer express.raw() kept.
      const notice = await client.verifyNodeWebhook(req);
      await handle(notice); // record it idempotently: Antom sends it again until it is acknowledged
      sendNotificationAck(res);
    } catch (error) {
      res.status(webhookErrorStatus(error)).end();
    }
  });
  return router;
}

export function createShop(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): Express {
  const app = express();
  // Mounted before express.json(): a body it has parsed can no longer be verified.
  app.use('/shop/antom', antomRouter(client, handle));
  app.use(express.json());
  app.post('/shop/api/orders', (req, res) => {
    res.json({ received: req.body as unknown });
  });
  return app;
}
