// A fetch handler, `(request: Request) => Promise<Response>`, as Cloudflare Workers, Deno and Bun serve it.
import { notificationAckResponse, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

export function notifyHandler(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/antom/notify') return new Response(null, { status: 404 });
    try {
      const notice = await client.verifyWebhook(request); // the raw body and the path of request.url
      await handle(notice); // record it idempotently: Antom sends it again until it is acknowledged
      return notificationAckResponse();
    } catch (error) {
      return new Response(null, { status: webhookErrorStatus(error) });
    }
  };
}
