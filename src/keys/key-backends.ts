// The key handles each crypto backend needs, made once per key. Kept apart from rsa-key.ts, whose declarations
// are public, because these name Web Crypto's CryptoKey.
import type { NodeCrypto, NodeKeyObject } from '../platform/node-types.ts';
import type { AntomRsaKey } from './rsa-key.ts';
import { keyState } from './rsa-key.ts';

/** RSASSA-PKCS1-v1_5 with SHA-256: Antom's `RSA256`, the same bytes as node:crypto's `sign('sha256', …)`. */
export const WEB_CRYPTO_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** The key as a node:crypto KeyObject, made from its DER on first use. */
export function nodeKeyObject(key: AntomRsaKey<'private' | 'public'>, crypto: NodeCrypto): NodeKeyObject {
  const state = keyState(key);
  if (state.node === undefined) {
    const der = derOf(key);
    state.node = key.type === 'private' ? crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
  }
  return state.node;
}

/** The key imported into Web Crypto, once (the promise is kept, so concurrent first calls share one import). */
export function webCryptoKey(key: AntomRsaKey<'private' | 'public'>): Promise<CryptoKey> {
  const state = keyState(key);
  if (state.web === undefined) {
    const isPrivate = key.type === 'private';
    const der = derOf(key);
    state.web = crypto.subtle.importKey(isPrivate ? 'pkcs8' : 'spki', der as Uint8Array<ArrayBuffer>, WEB_CRYPTO_ALGORITHM, false, [isPrivate ? 'sign' : 'verify']);
  }
  return state.web as Promise<CryptoKey>;
}

function derOf(key: AntomRsaKey<'private' | 'public'>): Uint8Array {
  const state = keyState(key);
  if (state.der === undefined) {
    // Only a key made from a KeyObject lacks DER, so `node` is set.
    state.der = (state.node as NodeKeyObject).export({ format: 'der', type: key.type === 'private' ? 'pkcs8' : 'spki' });
  }
  return state.der;
}
