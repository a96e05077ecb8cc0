// Cloudflare Workers: `wrangler secret put ANTOM_CLIENT_ID` (and ANTOM_PRIVATE_KEY, ANTOM_PUBLIC_KEY), then deploy.
import { createAntomClient } from 'antom-pay';
import type { AntomNotification } from 'antom-pay';
import { notifyHandler } from './web-handler.ts';

interface Env {
  ANTOM_CLIENT_ID: string;
  ANTOM_PRIVATE_KEY: string;
  ANTOM_PUBLIC_KEY: string;
}

/** Your handling: record the outcome idempotently (a D1 table keyed by paymentRequestId, a queue…). */
async function handle(notice: AntomNotification): Promise<void> {
  console.log(`Antom ${notice.kind} notification`, notice.notifyType);
}

let handler: ((request: Request) => Promise<Response>) | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    // Built once per isolate, on the first request: the secrets arrive with `env`.
    handler ??= notifyHandler(
      createAntomClient({ clientId: env.ANTOM_CLIENT_ID, privateKey: env.ANTOM_PRIVATE_KEY, antomPublicKey: env.ANTOM_PUBLIC_KEY, region: 'na' }),
      handle,
    );
    return handler(request);
  },
};
