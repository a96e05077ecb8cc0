// Signs responses the way Antom does, so clients can verify the mock's answers with the test Antom public key.
import type { AntomPrivateKey } from '../src/keys.ts';
import { buildSignContent, formatSignatureHeader, signRsaSha256Async } from '../src/signing/index.ts';

export interface ResponseToSign {
  method: string;
  /** Path of the request as received (the path the client signed and will verify against). */
  path: string;
  /** The request's client ID (empty when the request had none). */
  clientId: string;
  /** Exact response body text. */
  body: string;
}

/** Key version the mock announces; Antom's SDKs default to 1. */
export const MOCK_KEY_VERSION = 1;

/**
 * Returns the `client-id`, `response-time` (epoch ms) and `signature` headers for a response, signing
 * `<METHOD> <path>\n<client-id>.<response-time>.<body>` with RSA-SHA256.
 */
export async function signResponse(response: ResponseToSign, antomPrivateKey: AntomPrivateKey, now: () => number = Date.now): Promise<Record<string, string>> {
  const responseTime = String(now());
  const content = buildSignContent({ method: response.method, path: response.path, clientId: response.clientId, time: responseTime, body: response.body });
  const signature = await signRsaSha256Async(content, antomPrivateKey);
  return {
    'client-id': response.clientId,
    'response-time': responseTime,
    signature: formatSignatureHeader({ keyVersion: MOCK_KEY_VERSION, signature }),
  };
}
