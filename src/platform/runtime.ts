/**
 * What the JavaScript runtime offers, found without a static `node:` import, so the package loads where Node's
 * built-ins do not exist (Cloudflare Workers without nodejs_compat, Vercel's edge runtime, browsers).
 *
 * Node's built-ins are reached through `process.getBuiltinModule` (Node 20.16+, 22.3+; Bun; Deno 2; workerd with
 * nodejs_compat): synchronous, so keys still parse and fail at construction, and invisible to bundlers, which
 * would otherwise try to resolve `node:crypto` for a worker or an edge function. A dynamic `import()` would be
 * asynchronous, and `createRequire` is itself in a built-in.
 */
import type { NodeCrypto, NodeHttp } from './node-types.ts';

/** The runtimes told apart where it matters (crypto backend, default transport). */
export type RuntimeName = 'node' | 'bun' | 'deno' | 'workerd' | 'other';

interface ProcessLike {
  getBuiltinModule?: (id: string) => unknown;
  versions?: Record<string, string | undefined>;
  emitWarning?: (message: string, options: { type: string; code: string }) => void;
}

/** `globalThis.process` where there is one (Node, Bun, Deno, workerd with nodejs_compat). */
export function processObject(): ProcessLike | undefined {
  const candidate = (globalThis as { process?: unknown }).process;
  return typeof candidate === 'object' && candidate !== null ? (candidate as ProcessLike) : undefined;
}

function detectRuntime(): RuntimeName {
  // workerd with nodejs_compat also reports process.versions.node, so it is recognised first: by its user agent,
  // or by WebSocketPair, a global only workerd has (navigator needs a compatibility date from 2022-03-21 on).
  const global = globalThis as { navigator?: { userAgent?: unknown }; WebSocketPair?: unknown };
  if (global.navigator?.userAgent === 'Cloudflare-Workers' || typeof global.WebSocketPair === 'function') return 'workerd';
  const versions = processObject()?.versions;
  if (typeof versions?.['bun'] === 'string') return 'bun';
  if (typeof versions?.['deno'] === 'string' || typeof (globalThis as { Deno?: unknown }).Deno === 'object') return 'deno';
  if (typeof versions?.['node'] === 'string') return 'node';
  return 'other';
}

/** The runtime this module was loaded in. */
export const RUNTIME: RuntimeName = detectRuntime();

function builtin<T>(id: string): T | undefined {
  try {
    const loaded = processObject()?.getBuiltinModule?.(id);
    return typeof loaded === 'object' && loaded !== null ? (loaded as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * node:crypto where it implements what signing needs: Node, Bun and Deno. workerd's node:crypto (nodejs_compat)
 * is left aside: it refuses the `{ key, padding }` form and Web Crypto is native there, so a worker behaves the
 * same with and without the flag.
 */
const NODE_CRYPTO: NodeCrypto | undefined = RUNTIME === 'workerd' ? undefined : builtin<NodeCrypto>('node:crypto');
/** node:http and node:https, used as the default transport on Node only (see docs/decisions.md). */
const NODE_HTTP: { http: NodeHttp; https: NodeHttp } | undefined = (() => {
  if (RUNTIME !== 'node') return undefined;
  const http = builtin<NodeHttp>('node:http');
  const https = builtin<NodeHttp>('node:https');
  return http && https ? { http, https } : undefined;
})();

let webCryptoForced = false;

/** node:crypto, or undefined where it is absent or set aside (then Web Crypto signs and verifies). */
export function nodeCrypto(): NodeCrypto | undefined {
  return webCryptoForced ? undefined : NODE_CRYPTO;
}

/**
 * node:crypto for the package's own signatures (in place, or with the callback form on the threadpool), or
 * undefined to sign through Web Crypto. Deno is the exception: its node:crypto `sign` with a callback took 1.5-3.5x
 * as long as Web Crypto's `sign` there (4.9-8.1 ms against 1.9-4.5 ms per RSA-2048 signature, three runs of 200 on
 * the 2-core CI machine, Deno 2.9.6), the synchronous node:crypto `sign` in between; on Node (threadpool) and Bun
 * the callback form is as fast as Web Crypto or faster.
 */
export function nodeCryptoForSigning(): NodeCrypto | undefined {
  return RUNTIME === 'deno' ? undefined : nodeCrypto();
}

/** node:http and node:https on Node, undefined elsewhere. */
export function nodeHttp(): { http: NodeHttp; https: NodeHttp } | undefined {
  return NODE_HTTP;
}

/**
 * For the test suite only (not exported by the package): makes `nodeCrypto()` answer undefined, so the Web Crypto
 * path runs on Node exactly as on a runtime without node:crypto. Returns the previous setting.
 */
export function forceWebCryptoForTests(on: boolean): boolean {
  const previous = webCryptoForced;
  webCryptoForced = on;
  return previous;
}
