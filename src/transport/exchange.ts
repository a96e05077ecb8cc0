import type { AntomPublicKey } from '../keys.ts';
import { RUNTIME } from '../platform/runtime.ts';
import { checkSignedMessageAsync } from '../verify-signed-message.ts';
import { fetchExchange } from './exchange-fetch.ts';
import { nodeExchange } from './exchange-node.ts';
import type { Exchange } from './wire.ts';

export { fetchExchange } from './exchange-fetch.ts';

/**
 * How attempts are carried when the caller gives no `fetch`: `node:http`/`node:https` on Node (about half the wall
 * time and a third of the CPU of Node's fetch per call, docs/decisions.md); the runtime's own `fetch` everywhere
 * else (Bun, Deno, Cloudflare Workers, edge runtimes), where it is the native client and node:http an emulation
 * over it (measured on Bun and Deno: docs/benchmarks.md). The global is looked up per call and called unbound,
 * as workerd requires (`fetch` taken off globalThis throws "Illegal invocation" there).
 */
export function defaultExchange(): Exchange {
  const node = RUNTIME === 'node' ? nodeExchange() : undefined;
  return node ?? fetchExchange((input, init) => fetch(input, init), true);
}

/**
 * Wraps an exchange so that each reply arrives with Antom's signature already checked, through Web Crypto, which
 * is asynchronous. Used where node:crypto is not available: the response checks are synchronous and read the
 * result from the reply (`signatureCheck`). The signed path is the URL's path and query, as the transport signs it.
 */
export function checkingSignatures(exchange: Exchange, clientId: string, antomPublicKey: AntomPublicKey): Exchange {
  return async (request, limits) => {
    const reply = await exchange(request, limits);
    reply.signatureCheck = await checkSignedMessageAsync({
      method: request.method,
      path: `${request.url.pathname}${request.url.search}`,
      clientId,
      headers: reply.headers,
      timeHeader: 'response-time',
      body: reply.text,
      antomPublicKey,
    });
    return reply;
  };
}
