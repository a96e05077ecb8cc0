import { sign, verify, constants } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { isBase64Signature } from './base64.ts';

const ALGORITHM = 'sha256';

/**
 * Signs the UTF-8 bytes of `content` with RSA PKCS#1 v1.5 + SHA-256 (`SHA256withRSA`).
 * Deterministic: the same key and content always give the same signature.
 *
 * @returns standard base64 (with `+`, `/`, `=`), not URL-encoded.
 * @throws the Node crypto error if `key` is not an RSA private key.
 */
export function signRsaSha256(content: string, key: KeyObject): string {
  return sign(ALGORITHM, Buffer.from(content, 'utf8'), { key, padding: constants.RSA_PKCS1_PADDING }).toString('base64');
}

/**
 * Same as {@link signRsaSha256}, but runs on the libuv threadpool so the event loop is not blocked.
 */
export function signRsaSha256Async(content: string, key: KeyObject): Promise<string> {
  return new Promise((resolve, reject) => {
    sign(ALGORITHM, Buffer.from(content, 'utf8'), { key, padding: constants.RSA_PKCS1_PADDING }, (error, signature) => {
      if (error) reject(error);
      else resolve(signature.toString('base64'));
    });
  });
}

/**
 * Checks a standard-base64 RSA PKCS#1 v1.5 + SHA-256 signature over the UTF-8 bytes of `content`.
 *
 * @returns false (never throws) for a wrong signature, non-base64 text or an unusable key.
 */
export function verifyRsaSha256(content: string, base64Signature: string, publicKey: KeyObject): boolean {
  if (!isBase64Signature(base64Signature)) return false;
  try {
    return verify(
      ALGORITHM,
      Buffer.from(content, 'utf8'),
      { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(base64Signature, 'base64'),
    );
  } catch {
    return false;
  }
}
