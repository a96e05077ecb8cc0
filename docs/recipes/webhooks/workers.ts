// Cloudflare Workers: `wrangler secret put ANTOM_CLIENT_ID` (and ANTOM_PRIVATE_KEY, ANTOM_PUBLIC_KEY), then deploy.
import type { AntomSecrets } from './web-handler.ts';
import { antomClient, handleNotification, notifyHandler } from './web-handler.ts';

let handler: ((request: Request) => Promise<Response>) | undefined;

export default {
  fetch(request: Request, env: AntomSecrets): Promise<Response> {
    // Built once per isolate, on the first request: the secrets arrive with `env`.
    handler ??= notifyHandler(antomClient(env), handleNotification);
    return handler(request);
  },
};
