import type { NodeKeyObject } from '../platform/node-types.ts';

/**
 * What a parsed key holds: its DER (PKCS #8 or SPKI), a node:crypto KeyObject and a Web Crypto key, each made on
 * demand (key-backends.ts). The Web Crypto key is typed loosely here so that the published declarations of this
 * module need neither the DOM library nor `@types/node`.
 */
export interface KeyState {
  der: Uint8Array | undefined;
  node: NodeKeyObject | undefined;
  web: Promise<unknown> | undefined;
}

let keyStateOf: (key: AntomRsaKey<'private' | 'public'>) => KeyState;
let construct: <T extends 'private' | 'public'>(type: T, modulusLength: number, state: KeyState) => AntomRsaKey<T>;

/**
 * An RSA key parsed and checked once (RSA, at least 2048 bits): what `parsePrivateKey` and `parsePublicKey`
 * return, and what every option and function taking a key accepts. Opaque on purpose: it signs or verifies through
 * node:crypto where the runtime has it and through Web Crypto elsewhere, and never shows its key material (not in
 * `JSON.stringify`, not in `console.log`).
 */
export class AntomRsaKey<T extends 'private' | 'public'> {
  /** `private` (the merchant's key) or `public` (Antom's key). */
  readonly type: T;
  readonly asymmetricKeyType = 'rsa' as const;
  /** Modulus length in bits. */
  readonly modulusLength: number;
  readonly #state: KeyState;

  private constructor(type: T, modulusLength: number, state: KeyState) {
    this.type = type;
    this.modulusLength = modulusLength;
    this.#state = state;
  }

  static {
    keyStateOf = (key) => key.#state;
    construct = (type, modulusLength, state) => new AntomRsaKey(type, modulusLength, state);
  }
}

/** The merchant's RSA private key, parsed (see {@link parsePrivateKey}). */
export type AntomPrivateKey = AntomRsaKey<'private'>;
/** Antom's RSA public key, parsed (see {@link parsePublicKey}). */
export type AntomPublicKey = AntomRsaKey<'public'>;

/** A key from checked DER (PKCS #8 or SPKI) and, where node:crypto is used, the KeyObject made from it. */
export function rsaKeyFromDer<T extends 'private' | 'public'>(type: T, der: Uint8Array, modulusLength: number, node?: NodeKeyObject): AntomRsaKey<T> {
  return construct(type, modulusLength, { der, node, web: undefined });
}

/** A key around a node:crypto KeyObject already checked by the caller; its DER is exported only if Web Crypto needs it. */
export function rsaKeyFromKeyObject<T extends 'private' | 'public'>(type: T, keyObject: NodeKeyObject, modulusLength: number): AntomRsaKey<T> {
  return construct(type, modulusLength, { der: undefined, node: keyObject, web: undefined });
}


/** The mutable state behind a key, for the signing backends. */
export function keyState(key: AntomRsaKey<'private' | 'public'>): KeyState {
  return keyStateOf(key);
}
