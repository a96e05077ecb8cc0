// Shared inputs of the runtime benchmark: client ID, pay path, request body and the fixed response.
import { generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS = `${ROOT}artifacts/bench`;

export { API_PREFIX, CLIENT_ID, PAY_BODY, PAY_PATH, RESPONSE_BODY, RESPONSE_TIME } from './fixtures-portable.ts';

export interface MerchantKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
}

/** A fresh 2048-bit merchant key pair (the size Antom issues). */
export function merchantKeys(): MerchantKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey, privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}
