import { AntomConfigError } from './errors.ts';
import { DerError } from './keys/der.ts';
import { keyBytes, normaliseKeyText, pemLabel } from './keys/key-text.ts';
import type { KeyStructure, RsaDer } from './keys/rsa-der.ts';
import { NotRsaError, readRsaKey, sniffKeyStructure } from './keys/rsa-der.ts';
import { AntomRsaKey, rsaKeyFromDer, rsaKeyFromKeyObject } from './keys/rsa-key.ts';
import type { AntomPrivateKey, AntomPublicKey } from './keys/rsa-key.ts';
import type { NodeKeyObject } from './platform/node-types.ts';
import { nodeCrypto } from './platform/runtime.ts';

export { AntomRsaKey } from './keys/rsa-key.ts';
export type { AntomPrivateKey, AntomPublicKey } from './keys/rsa-key.ts';

/** Smallest RSA modulus accepted, in bits. */
export const MIN_RSA_BITS = 2048;

/**
 * A Node `KeyObject` (from node:crypto's `createPrivateKey`, `createPublicKey` or `generateKeyPairSync`), typed by
 * its shape so that the package's types need no `@types/node`.
 */
export interface KeyObjectLike {
  readonly type: string;
  readonly asymmetricKeyType?: string | undefined;
  export(options: { format: 'der'; type: 'pkcs8' | 'spki' }): Uint8Array;
}

/** Every form a merchant private key is accepted in: PEM or bare base64 text, a Node KeyObject, or a parsed key. */
export type PrivateKeyInput = string | KeyObjectLike | AntomPrivateKey;
/** Every form Antom's public key is accepted in: PEM or bare base64 text, a Node KeyObject, or a parsed key. */
export type PublicKeyInput = string | KeyObjectLike | AntomPublicKey;

type KeyType = 'private' | 'public';

const PRIVATE_LABELS: ReadonlyMap<string, KeyStructure> = new Map([['PRIVATE KEY', 'pkcs8'], ['RSA PRIVATE KEY', 'pkcs1-private']]);
const PUBLIC_LABELS: ReadonlyMap<string, KeyStructure> = new Map([['PUBLIC KEY', 'spki'], ['RSA PUBLIC KEY', 'pkcs1-public']]);
/** Keys made from KeyObjects, so that passing the same KeyObject again reuses its parsed key (and Web Crypto import). */
const fromObjects = new WeakMap<object, AntomRsaKey<KeyType>>();

/**
 * Loads the merchant's RSA private key, checked once: RSA, at least 2048 bits, unencrypted, its numbers consistent.
 *
 * Accepts PEM PKCS #8 (`PRIVATE KEY`) or PKCS #1 (`RSA PRIVATE KEY`), bare base64 (line breaks allowed) of either
 * DER (the Java and the Python SDK key strings), a Node `KeyObject`, or a key this function returned. Text as
 * configuration holds it is accepted too: surrounding quotes, and line breaks written as literal `\n` or `\r\n`.
 * Works on every runtime (the checks are done here, without node:crypto).
 *
 * @param option option name used in error messages.
 * @throws AntomConfigError for anything else. The message never repeats any part of the input.
 */
export function parsePrivateKey(input: PrivateKeyInput, option = 'privateKey'): AntomPrivateKey {
  return parseKey(input, 'private', option) as AntomPrivateKey;
}

/**
 * Loads Antom's RSA public key, checked once: RSA, at least 2048 bits.
 *
 * Accepts PEM SPKI (`PUBLIC KEY`) or PKCS #1 (`RSA PUBLIC KEY`), bare base64 SPKI DER (as Antom Dashboard shows
 * it), a Node `KeyObject`, or a key this function returned; quoted text and literal `\n` line breaks as above.
 *
 * @param option option name used in error messages.
 * @throws AntomConfigError for anything else (a private key is refused: passing one here is a mix-up). The message
 *   never repeats any part of the input.
 */
export function parsePublicKey(input: PublicKeyInput, option = 'antomPublicKey'): AntomPublicKey {
  return parseKey(input, 'public', option) as AntomPublicKey;
}

function parseKey(input: unknown, want: KeyType, option: string): AntomRsaKey<KeyType> {
  if (input instanceof AntomRsaKey) {
    if (input.type !== want) throw new AntomConfigError(option, `expected a ${want} key, got a ${input.type} key`);
    return input;
  }
  if (typeof input === 'object' && input !== null) {
    const known = fromObjects.get(input);
    if (known?.type === want) return known;
    const key = fromKeyObject(input as KeyObjectLike, want, option);
    fromObjects.set(input, key);
    return key;
  }
  return fromText(input, want, option);
}

function fromText(input: unknown, want: KeyType, option: string): AntomRsaKey<KeyType> {
  const text = normaliseKeyText(input, option);
  const label = pemLabel(text);
  const other: KeyType = want === 'private' ? 'public' : 'private';
  if (label !== undefined) {
    const structure = (want === 'private' ? PRIVATE_LABELS : PUBLIC_LABELS).get(label);
    if (structure === undefined) {
      if ((want === 'private' ? PUBLIC_LABELS : PRIVATE_LABELS).has(label) || (want === 'public' && label.endsWith('PRIVATE KEY'))) {
        throw new AntomConfigError(option, want === 'private' ? 'this PEM block is a public key, not a private key' : 'this PEM block is a private key; pass the public key');
      }
      throw new AntomConfigError(
        option,
        want === 'private'
          ? 'unsupported PEM block; expected unencrypted PKCS#8 (PRIVATE KEY) or PKCS#1 (RSA PRIVATE KEY)'
          : 'unsupported PEM block; expected SPKI (PUBLIC KEY) or PKCS#1 (RSA PUBLIC KEY)',
      );
    }
    return fromDer(structure, keyBytes(text, option, want).der, want, option, `PEM ${want} key could not be parsed`);
  }
  const der = keyBytes(text, option, want).der;
  const structure = sniffKeyStructure(der);
  if (structure !== undefined && isType(structure, want)) return fromDer(structure, der, want, option, `base64 ${want} key could not be parsed`);
  if (structure !== undefined && isType(structure, other)) {
    throw new AntomConfigError(option, want === 'private' ? 'this base64 key is a public key, not a private key' : 'this base64 key is a private key; pass the public key');
  }
  throw new AntomConfigError(option, want === 'private' ? 'base64 text is neither PKCS#8 nor PKCS#1 private key DER' : 'base64 text is not SPKI public key DER');
}

function isType(structure: KeyStructure, type: KeyType): boolean {
  return type === 'private' ? structure === 'pkcs8' || structure === 'pkcs1-private' : structure === 'spki' || structure === 'pkcs1-public';
}

/** Reads and checks DER, then makes the node:crypto KeyObject at once where node:crypto is used. */
function fromDer(structure: KeyStructure, bytes: Uint8Array, want: KeyType, option: string, problem: string): AntomRsaKey<KeyType> {
  let rsa: RsaDer;
  try {
    rsa = readRsaKey(structure, bytes);
  } catch (error) {
    if (error instanceof NotRsaError) throw new AntomConfigError(option, `expected an RSA key, got ${error.keyType} key type`);
    // DerError messages name the structure and the rule, never bytes of the key.
    throw new AntomConfigError(option, error instanceof DerError ? `${problem}: ${error.message}` : problem, { cause: error });
  }
  requireStrength(rsa.modulusBits, option);
  const crypto = nodeCrypto();
  if (crypto === undefined) return rsaKeyFromDer(want, rsa.der, rsa.modulusBits);
  let keyObject: NodeKeyObject;
  try {
    keyObject = want === 'private' ? crypto.createPrivateKey({ key: rsa.der, format: 'der', type: 'pkcs8' }) : crypto.createPublicKey({ key: rsa.der, format: 'der', type: 'spki' });
  } catch (error) {
    // Node's crypto errors name the OpenSSL routine, never the key bytes.
    throw new AntomConfigError(option, problem, { cause: error });
  }
  return rsaKeyFromDer(want, rsa.der, rsa.modulusBits, keyObject);
}

/** A node:crypto KeyObject (or one from another realm or runtime, through its DER export). */
function fromKeyObject(input: KeyObjectLike, want: KeyType, option: string): AntomRsaKey<KeyType> {
  if (input.type !== 'private' && input.type !== 'public' && input.type !== 'secret') {
    throw new AntomConfigError(option, 'expected PEM or base64 text, a KeyObject or a parsed key (parsePrivateKey / parsePublicKey)');
  }
  if (input.type !== want) throw new AntomConfigError(option, `expected a ${want} key, got a ${String(input.type)} key`);
  if (input.asymmetricKeyType !== 'rsa') throw new AntomConfigError(option, `expected an RSA key, got ${input.asymmetricKeyType ?? 'an unknown'} key type`);
  const crypto = nodeCrypto();
  if (crypto !== undefined && input instanceof crypto.KeyObject) {
    const bits = (input as NodeKeyObject).asymmetricKeyDetails?.modulusLength ?? 0;
    requireStrength(bits, option);
    return rsaKeyFromKeyObject(want, input as NodeKeyObject, bits);
  }
  if (typeof input.export !== 'function') throw new AntomConfigError(option, 'this key object cannot be exported as DER');
  let der: Uint8Array;
  try {
    der = new Uint8Array(input.export({ format: 'der', type: want === 'private' ? 'pkcs8' : 'spki' }));
  } catch (error) {
    throw new AntomConfigError(option, 'this key object could not be exported as DER', { cause: error });
  }
  return fromDer(want === 'private' ? 'pkcs8' : 'spki', der, want, option, `${want} key object could not be read`);
}

function requireStrength(bits: number, option: string): void {
  if (bits < MIN_RSA_BITS) throw new AntomConfigError(option, `RSA key is ${bits} bits; at least ${MIN_RSA_BITS} are required`);
}

/** Parsed public keys by text, for the standalone verifiers that receive PEM on every call (a few entries). */
const publicKeysByText = new Map<string, AntomPublicKey>();
const TEXT_CACHE_ENTRIES = 8;

/** {@link parsePublicKey}, remembering the last few keys given as text, so a verifier called per request parses once. */
export function parsePublicKeyOnce(input: PublicKeyInput, option: string): AntomPublicKey {
  if (typeof input !== 'string') return parsePublicKey(input, option);
  const known = publicKeysByText.get(input);
  if (known !== undefined) return known;
  const key = parsePublicKey(input, option);
  if (publicKeysByText.size >= TEXT_CACHE_ENTRIES) publicKeysByText.delete(publicKeysByText.keys().next().value as string);
  publicKeysByText.set(input, key);
  return key;
}
