// Next.js (app router): app/api/antom/notify/route.ts. Antom's notify URL is https://<your site>/api/antom/notify.
import { createAntomClient, notificationAckResponse, webhookErrorStatus } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';

let client: AntomClient | undefined;

/** Built on the first notification, not while `next build` loads this module (when the secrets may be absent). */
function antom(): AntomClient {
  client ??= createAntomClient({
    clientId: process.env.ANTOM_CLIENT_ID ?? '',
    privateKey: process.env.ANTOM_PRIVATE_KEY ?? '',
    antomPublicKey: process.env.ANTOM_PUBLIC_KEY ?? '',
    region: 'na',
  });
  return client;
}

/** Your handling: record the outcome idempotently (Antom sends a notification again until it is acknowledged). */
async function handle(notice: AntomNotification): Promise<void> {
  if (notice.kind === 'payment') console.log(`payment ${notice.body.paymentRequestId}: ${notice.body.result.resultStatus}`);
  else console.log(`${notice.kind} notification ${notice.notifyType ?? ''}`);
}

export async function POST(request: Request): Promise<Response> {
  try {
    const notice = await antom().verifyWebhook(request); // the raw body and the path of request.url
    await handle(notice);
    return notificationAckResponse();
  } catch (error) {
    return new Response(null, { status: webhookErrorStatus(error) });
  }
}
