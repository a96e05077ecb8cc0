// Deno 2: `deno serve --allow-env=ANTOM_CLIENT_ID,ANTOM_PRIVATE_KEY,ANTOM_PUBLIC_KEY deno.ts`
// (with "antom-pay": "npm:antom-pay" in deno.json's imports).
import process from 'node:process';
import { antomClient, handleNotification, notifyHandler } from './web-handler.ts';

export default { fetch: notifyHandler(antomClient(process.env), handleNotification) };
