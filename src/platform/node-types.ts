/**
 * The few parts of node:crypto and node:http the runtime calls, typed structurally here so that neither the code
 * nor the published declarations depend on `@types/node` (a project without it must type-check against them).
 * Node's own objects satisfy these shapes.
 */

/** Bytes as Node returns them (a Buffer is a Uint8Array with `toString('base64')`). */
export interface NodeBytes extends Uint8Array {
  toString(encoding?: 'base64' | 'utf8'): string;
}

/** A node:crypto KeyObject, as far as the runtime reads it. */
export interface NodeKeyObject {
  readonly type: string;
  readonly asymmetricKeyType?: string | undefined;
  readonly asymmetricKeyDetails?: { readonly modulusLength?: number | undefined } | undefined;
  export(options: { format: 'der'; type: 'pkcs8' | 'spki' }): Uint8Array;
}

export interface NodeCrypto {
  KeyObject: abstract new (...args: never[]) => NodeKeyObject;
  createPrivateKey(options: { key: Uint8Array; format: 'der'; type: 'pkcs8' }): NodeKeyObject;
  createPublicKey(options: { key: Uint8Array; format: 'der'; type: 'spki' }): NodeKeyObject;
  sign(algorithm: string, data: Uint8Array, key: { key: NodeKeyObject; padding: number }): NodeBytes;
  sign(algorithm: string, data: Uint8Array, key: { key: NodeKeyObject; padding: number }, callback: (error: Error | null, signature: NodeBytes) => void): void;
  verify(algorithm: string, data: Uint8Array, key: { key: NodeKeyObject; padding: number }, signature: Uint8Array): boolean;
  constants: { RSA_PKCS1_PADDING: number };
}

/** The parts of node:http / node:https the default exchange uses. */
export interface NodeHttp {
  request(url: URL, options: { method: string; headers: Readonly<Record<string, string>> }, onResponse: (response: NodeIncomingMessage) => void): NodeClientRequest;
}

export interface NodeClientRequest {
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy(error?: Error): unknown;
  end(body?: string): unknown;
}

export interface NodeIncomingMessage {
  readonly statusCode?: number | undefined;
  readonly statusMessage?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rawHeaders: readonly string[];
  readonly complete: boolean;
  on(event: 'data', listener: (chunk: NodeBytes) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}
