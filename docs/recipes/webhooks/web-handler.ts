// A fetch handler, `(request: Request) => Promise<Response>`, as Cloudflare Workers, Deno and Bun serve it, and the
// client it verifies with, built from the secrets ANTOM_CLIENT_ID, ANTOM_PRIVATE_KEY and ANTOM_PUBLIC_KEY.
import { createAntomClient, notificationAckResponse, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

export interface AntomSecrets {
  ANTOM_CLIENT_ID?: string | undefined;
  ANTOM_PRIVATE_KEY?: string | undefined;
  ANTOM_PUBLIC_KEY?: string | undefined;
}

export function antomClient(secrets: AntomSecrets): AntomClient {
  return createAntomClient({
    clientId: secrets.ANTOM_CLIENT_ID ?? '',
    privateKey: secrets.ANTOM_PRIVATE_KEY ?? '',
    antomPublicKey: secrets.ANTOM_PUBLIC_KEY ?? '',
    region: 'na',
  });
}

/** Your handling: record the outcome idempotently (Antom sends a notification again until it is acknowledged). */
export async function handleNotification(notice: AntomNotification): Promise<void> {
  if (notice.kind === 'payment') console.log(`payment ${notice.body.paymentRequestId}: ${notice.body.result.resultStatus}`);
  else console.log(`${notice.kind} notification ${notice.notifyType ?? ''}`);
}

export function notifyHandler(client: AntomClient, handle: (notice: AntomNotification) => Promise<void>): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/antom/notify') return new Response(null, { status: 404 });
    try {
      const notice = await client.verifyWebhook(request); // the raw body and the path of request.url
      await handle(notice);
      return notificationAckResponse();
    } catch (error) {
      return new Response(null, { status: webhookErrorStatus(error) });
    }
  };
}
