// Deno 2: `deno serve --allow-env=ANTOM_CLIENT_ID,ANTOM_PRIVATE_KEY,ANTOM_PUBLIC_KEY deno.ts`
// (with "antom-pay": "npm:antom-pay" in deno.json's imports).
import process from 'node:process';
import { createAntomClient } from 'antom-pay';
import type { AntomNotification } from 'antom-pay';
import { notifyHandler } from './web-handler.ts';

const client = createAntomClient({
  clientId: process.env.ANTOM_CLIENT_ID ?? '',
  privateKey: process.env.ANTOM_PRIVATE_KEY ?? '',
  antomPublicKey: process.env.ANTOM_PUBLIC_KEY ?? '',
  region: 'na',
});

/** Your handling: record the outcome idempotently (Antom sends a notification again until it is acknowledged). */
async function handle(notice: AntomNotification): Promise<void> {
  console.log(`Antom ${notice.kind} notification`, notice.notifyType);
}

export default { fetch: notifyHandler(client, handle) };
