// Bun: `bun run bun.ts` serves the default export on port 3000 (ANTOM_* variables from the environment or .env).
import { antomClient, handleNotification, notifyHandler } from './web-handler.ts';

export default { port: 3000, fetch: notifyHandler(antomClient(process.env), handleNotification) };
