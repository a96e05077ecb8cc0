// Plain node:http: the notify route reads the request stream itself (up to maxBodyBytes, 256 KiB by default).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { sendNotificationAck, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

export function createShopServer(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): Server {
  return createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/antom/notify')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const notice = await client.verifyNodeWebhook(req); // the path and query of req.url are what Antom signed
      await handle(notice); // record it idempotently: Antom sends it again until it is acknowledged
      sendNotificationAck(res);
    } catch (error) {
      // A refused request may still be sending its body: close the connection rather than read the rest.
      res.writeHead(webhookErrorStatus(error), { connection: 'close' }).end();
    }
  });
}
