// The bench peers' own crypto, set up once with each runtime's API (never the package's): node:crypto where the
// package uses it (Node, Bun, Deno), else Web Crypto with a cached CryptoKey (workerd, the edge runtime). Portable:
// bundled into portable-bench.ts and breakdown-bench.ts, which run on every runtime.
import { CLIENT_ID, PAY_PATH } from './fixtures-portable.ts';

interface NodeCryptoLike {
  createPrivateKey(pem: string): unknown;
  createPublicKey(pem: string): unknown;
  sign(algorithm: string, data: Uint8Array, key: unknown): { toString(encoding: 'base64'): string };
  verify(algorithm: string, data: Uint8Array, key: unknown, signature: Uint8Array): boolean;
}

export interface NativeSigner {
  name: string;
  sign: (content: string) => Promise<string> | string;
}

export interface NativeVerifier {
  name: string;
  /** Checks the `signature` header of an answer to POST `path` over `<clientId>.<response-time>.<text>`. */
  verifyResponse: (path: string, headers: Headers, text: string) => Promise<boolean> | boolean;
}

const encoder = new TextEncoder();
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export const builtin = <T>(id: string): T | undefined => (globalThis as { process?: { getBuiltinModule?: (id: string) => T } }).process?.getBuiltinModule?.(id);
export const isWorkerd = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === 'Cloudflare-Workers';
const nodeCrypto = (): NodeCryptoLike | undefined => (isWorkerd ? undefined : builtin<NodeCryptoLike>('node:crypto'));

function pemBytes(pem: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')), (char) => char.charCodeAt(0));
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** The runtime's own signer: node:crypto's synchronous `sign` with a cached KeyObject, else Web Crypto. */
export async function nativeSigner(privateKeyPem: string): Promise<NativeSigner> {
  const crypto = nodeCrypto();
  if (crypto) {
    const key = crypto.createPrivateKey(privateKeyPem);
    return { name: 'node:crypto', sign: (content) => crypto.sign('sha256', encoder.encode(content), key).toString('base64') };
  }
  return webCryptoSigner(privateKeyPem);
}

/** A Web Crypto signer with a cached CryptoKey, on any runtime. */
export async function webCryptoSigner(privateKeyPem: string): Promise<NativeSigner> {
  const key = await globalThis.crypto.subtle.importKey('pkcs8', pemBytes(privateKeyPem), ALGORITHM, false, ['sign']);
  return {
    name: 'Web Crypto',
    sign: async (content) => {
      const signature = new Uint8Array(await globalThis.crypto.subtle.sign(ALGORITHM, key, encoder.encode(content)));
      return btoa(String.fromCharCode(...signature));
    },
  };
}

/**
 * The runtime's own verifier, with the same choice of API as {@link nativeSigner}: what one check of Antom's
 * signature on an answer costs a hand-written client (header read, content built, one RSA verify).
 */
export async function nativeVerifier(publicKeyPem: string): Promise<NativeVerifier> {
  const content = (path: string, headers: Headers, text: string): { data: Uint8Array<ArrayBuffer>; signature: Uint8Array<ArrayBuffer> } => {
    const signature = decodeURIComponent(/signature=([^,]+)/.exec(headers.get('signature') ?? '')?.[1] ?? '');
    return { data: encoder.encode(`POST ${path}\n${CLIENT_ID}.${headers.get('response-time') ?? ''}.${text}`), signature: base64Bytes(signature) };
  };
  const crypto = nodeCrypto();
  if (crypto) {
    const key = crypto.createPublicKey(publicKeyPem);
    return {
      name: 'node:crypto',
      verifyResponse: (path, headers, text) => {
        const { data, signature } = content(path, headers, text);
        return crypto.verify('sha256', data, key, signature);
      },
    };
  }
  const key = await globalThis.crypto.subtle.importKey('spki', pemBytes(publicKeyPem), ALGORITHM, false, ['verify']);
  return {
    name: 'Web Crypto',
    verifyResponse: (path, headers, text) => {
      const { data, signature } = content(path, headers, text);
      return globalThis.crypto.subtle.verify(ALGORITHM, key, signature, data);
    },
  };
}

/** The four signed headers of a pay call, signed with `sign` at the current time. */
export async function signedHeaders(body: string, sign: NativeSigner['sign']): Promise<Record<string, string>> {
  const time = String(Date.now());
  const signature = await sign(`POST ${PAY_PATH}\n${CLIENT_ID}.${time}.${body}`);
  return {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': CLIENT_ID,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
  };
}
