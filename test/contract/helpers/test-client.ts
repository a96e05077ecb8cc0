// The real client with the published TEST keys, pointed at the mock; strict response verification, no retries
// (a contract failure should surface at once, not after backoff).
import { createAntomClient } from '../../../src/index.ts';
import type { AntomClient } from '../../../src/index.ts';
import {
  ANTOM_TEST_PUBLIC_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PATH,
  TEST_CLIENT_ID,
  readTestKey,
} from '../../../sandbox/test-keys.ts';

export interface TestClientOptions {
  baseUrl: string;
  clientId?: string;
  /** Signs with this key instead of the published merchant test key (e.g. a key the sandbox does not know). */
  privateKey?: string;
  fetch?: typeof fetch;
}

export function createTestClient(options: TestClientOptions): AntomClient {
  return createAntomClient({
    clientId: options.clientId ?? TEST_CLIENT_ID,
    privateKey: options.privateKey ?? readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
    antomPublicKey: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
    baseUrl: options.baseUrl,
    verifyResponses: true,
    retry: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** An operation's method called without its static type, for tests driven by the spec's operationIds. */
export type UntypedCall = (body: unknown, options?: { headers?: Record<string, string> }) => Promise<{ data?: unknown; response: Response }>;

/**
 * The client's method for `operationId`, as the spec names the operation.
 *
 * @throws when the client has no such method (generated/client.ts out of date with the spec).
 */
export function methodOf(client: AntomClient, operationId: string): UntypedCall {
  const method = (client as unknown as Record<string, unknown>)[operationId];
  if (typeof method !== 'function') throw new Error(`the client has no method ${operationId} (generated/client.ts out of date?)`);
  return (body, options) => (method as UntypedCall).call(client, body, options);
}
