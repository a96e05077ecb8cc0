// Bun: `bun run bun.ts` serves the default export on port 3000 (ANTOM_* variables from the environment or .env).
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

export default { port: 3000, fetch: notifyHandler(client, handle) };
