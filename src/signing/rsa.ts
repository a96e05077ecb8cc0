import { AntomConfigError } from '../errors.ts';
import { nodeKeyObject, webCryptoKey, WEB_CRYPTO_ALGORITHM } from '../keys/key-backends.ts';
import { parsePrivateKey, parsePublicKey } from '../keys.ts';
import type { AntomPrivateKey, AntomPublicKey, KeyObjectLike } from '../keys.ts';
import { base64ToBytes, bytesToBase64, utf8Bytes } from '../platform/bytes.ts';
import type { NodeCrypto } from '../platform/node-types.ts';
import { nodeCrypto, nodeCryptoForSigning } from '../platform/runtime.ts';
import { isBase64Signature } from './base64.ts';

// RSASSA-PKCS1-v1_5 with SHA-256 (`SHA256withRSA`, Antom's RSA256) over the UTF-8 bytes of the content.
// Deterministic: the same key and content give the same signature through either backend, node:crypto (Node, Bun,
// Deno) or Web Crypto (workerd, edge runtimes, browsers); both are judged by `openssl dgst -sha256` in the tests.
const ALGORITHM = 'sha256';

/**
 * Signs `content` synchronously. Needs node:crypto: on a runtime without it, use {@link signRsaSha256Async}.
 *
 * @returns standard base64 (with `+`, `/`, `=`), not URL-encoded.
 * @throws AntomConfigError when `key` is not an RSA private key, or where node:crypto is not available.
 */
export function signRsaSha256(content: string, key: AntomPrivateKey | KeyObjectLike): string {
  const parsed = parsePrivateKey(key, 'key');
  const crypto = requireNodeCrypto('signRsaSha256', 'signRsaSha256Async');
  return crypto.sign(ALGORITHM, utf8Bytes(content), { key: nodeKeyObject(parsed, crypto), padding: crypto.constants.RSA_PKCS1_PADDING }).toString('base64');
}

/**
 * Signs `content` without blocking the event loop: on node:crypto's threadpool (Node, Bun), or through Web Crypto
 * (Deno, workerd, edge runtimes). Works on every runtime. Rejects (never throws) with AntomConfigError when `key`
 * is not an RSA private key.
 */
export async function signRsaSha256Async(content: string, key: AntomPrivateKey | KeyObjectLike): Promise<string> {
  const parsed = parsePrivateKey(key, 'key');
  const crypto = nodeCryptoForSigning();
  if (crypto === undefined) {
    const signature = await crypto_().subtle.sign(WEB_CRYPTO_ALGORITHM, await usableWebKey(parsed), utf8Bytes(content));
    return bytesToBase64(new Uint8Array(signature));
  }
  const keyObject = nodeKeyObject(parsed, crypto);
  return new Promise((resolve, reject) => {
    crypto.sign(ALGORITHM, utf8Bytes(content), { key: keyObject, padding: crypto.constants.RSA_PKCS1_PADDING }, (error, signature) => {
      if (error) reject(error);
      else resolve(signature.toString('base64'));
    });
  });
}

/**
 * Checks a standard-base64 signature over `content` synchronously. Needs node:crypto: on a runtime without it,
 * use {@link verifyRsaSha256Async}.
 *
 * @returns false for a wrong signature or text that is not base64.
 * @throws AntomConfigError when `publicKey` is not an RSA public key, or where node:crypto is not available.
 */
export function verifyRsaSha256(content: string, base64Signature: string, publicKey: AntomPublicKey | KeyObjectLike): boolean {
  const parsed = parsePublicKey(publicKey, 'publicKey');
  const crypto = requireNodeCrypto('verifyRsaSha256', 'verifyRsaSha256Async');
  if (!isBase64Signature(base64Signature)) return false;
  return nodeVerify(crypto, content, base64Signature, parsed);
}

/**
 * {@link verifyRsaSha256} on every runtime (node:crypto where available, else Web Crypto). Resolves to false for a
 * wrong signature or text that is not base64; rejects with AntomConfigError when `publicKey` is not an RSA public key.
 */
export async function verifyRsaSha256Async(content: string, base64Signature: string, publicKey: AntomPublicKey | KeyObjectLike): Promise<boolean> {
  const parsed = parsePublicKey(publicKey, 'publicKey');
  if (!isBase64Signature(base64Signature)) return false;
  const crypto = nodeCrypto();
  // node:crypto's verify is a few tens of µs: done in place, a threadpool hop would cost more than it saves.
  if (crypto !== undefined) return nodeVerify(crypto, content, base64Signature, parsed);
  const key = await usableWebKey(parsed);
  try {
    return await crypto_().subtle.verify(WEB_CRYPTO_ALGORITHM, key, base64ToBytes(base64Signature), utf8Bytes(content));
  } catch {
    return false;
  }
}

/** True where the synchronous functions work (node:crypto is used): Node, Bun and Deno. */
export function canVerifySynchronously(): boolean {
  return nodeCrypto() !== undefined;
}

function nodeVerify(crypto: NodeCrypto, content: string, base64Signature: string, key: AntomPublicKey): boolean {
  try {
    return crypto.verify(ALGORITHM, utf8Bytes(content), { key: nodeKeyObject(key, crypto), padding: crypto.constants.RSA_PKCS1_PADDING }, base64ToBytes(base64Signature));
  } catch {
    return false;
  }
}

/**
 * Why a synchronous form is refused here. Not "this runtime has no node:crypto": workerd with nodejs_compat has
 * one, set aside (src/platform/runtime.ts), and a merchant who turned the flag on would read the message as wrong.
 */
export function synchronousFormRefused(asyncName: string): string {
  return `is synchronous, so it needs node:crypto, which antom-pay uses on Node, Bun and Deno only (on Cloudflare Workers, with or without nodejs_compat, and on edge runtimes it uses Web Crypto, which is asynchronous): call ${asyncName}() instead`;
}

function requireNodeCrypto(name: string, asyncName: string): NodeCrypto {
  const crypto = nodeCrypto();
  if (crypto === undefined) throw new AntomConfigError(name, synchronousFormRefused(asyncName), { call: true });
  return crypto;
}

/** The key imported into Web Crypto; an import failure (a key Web Crypto refuses) is a configuration error. */
async function usableWebKey(key: AntomPrivateKey | AntomPublicKey): Promise<CryptoKey> {
  try {
    return await webCryptoKey(key);
  } catch (error) {
    throw new AntomConfigError(key.type === 'private' ? 'privateKey' : 'antomPublicKey', 'Web Crypto could not import this RSA key', { cause: error });
  }
}

/** Web Crypto (`globalThis.crypto`): present on every runtime the package supports (Node 20 included). */
function crypto_(): Crypto {
  return globalThis.crypto;
}
