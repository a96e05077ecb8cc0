// Fastify 5: Antom's notifications in an encapsulated plugin that keeps the raw bytes, next to a JSON API.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { sendNotificationAck, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

export function createShop(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): FastifyInstance {
  const app = Fastify();
  app.register(
    async (antom) => {
      // In this plugin only, JSON bodies stay bytes: the signature covers the body exactly as Antom sent it.
      antom.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      antom.post('/notify', async (request, reply) => {
        try {
          const notice = await client.verifyNodeWebhook(request);
          await handle(notice); // record it idempotently: Antom sends it again until it is acknowledged
          return sendNotificationAck(reply);
        } catch (error) {
          return reply.code(webhookErrorStatus(error)).send();
        }
      });
    },
    { prefix: '/shop/antom' },
  );
  // The rest of the app keeps Fastify's JSON parser.
  app.post('/shop/api/orders', async (request) => ({ received: request.body }));
  return app;
}
