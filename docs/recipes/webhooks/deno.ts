// Deno 2: `deno serve --allow-env=ANTOM_CLIENT_ID,ANTOM_PRIVATE_KEY,ANTOM_PUBLIC_KEY deno.ts`
// (antom-pay from `deno add npm:antom-pay`, or from node_modules beside a package.json after `npm install antom-pay`).
import process from 'node:process';
import { antomClient, handleNotification, notifyHandler } from './web-handler.ts';

export default { fetch: notifyHandler(antomClient(process.env), handleNotification) };
