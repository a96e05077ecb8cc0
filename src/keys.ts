import { KeyObject, createPrivateKey, createPublicKey } from 'node:crypto';
import { AntomConfigError } from './errors.ts';

/** Smallest RSA modulus accepted, in bits. */
export const MIN_RSA_BITS = 2048;

const PEM_LABEL = /-----BEGIN ([A-Z0-9 ]+)-----/;
const BARE_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PRIVATE_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY']);
const PUBLIC_LABELS = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY']);

/**
 * Loads the merchant's RSA private key.
 *
 * Accepts a private `KeyObject`, PEM PKCS#8 (`PRIVATE KEY`), PEM PKCS#1 (`RSA PRIVATE KEY`), or bare base64
 * (line breaks allowed) of PKCS#8 or PKCS#1 DER — so both the Java and the Python SDK key strings work.
 *
 * @param option option name used in error messages.
 * @throws AntomConfigError if the input is not an unencrypted RSA private key of at least 2048 bits.
 *   The message never repeats any part of the input.
 */
export function parsePrivateKey(input: string | KeyObject, option = 'privateKey'): KeyObject {
  const key = input instanceof KeyObject ? input : privateKeyFromText(input, option);
  if (key.type !== 'private') {
    throw new AntomConfigError(option, `expected a private key, got a ${key.type} key`);
  }
  return requireStrongRsa(key, option);
}

/**
 * Loads Antom's RSA public key.
 *
 * Accepts a public `KeyObject`, PEM SPKI (`PUBLIC KEY`), PEM PKCS#1 (`RSA PUBLIC KEY`) or bare base64 SPKI DER
 * (as shown in Antom Dashboard).
 *
 * @param option option name used in error messages.
 * @throws AntomConfigError if the input is not an RSA public key of at least 2048 bits (a private key is
 *   refused, since passing one here is a mix-up). The message never repeats any part of the input.
 */
export function parsePublicKey(input: string | KeyObject, option = 'antomPublicKey'): KeyObject {
  const key = input instanceof KeyObject ? input : publicKeyFromText(input, option);
  if (key.type !== 'public') {
    throw new AntomConfigError(option, `expected a public key, got a ${key.type} key`);
  }
  return requireStrongRsa(key, option);
}

function privateKeyFromText(text: unknown, option: string): KeyObject {
  const trimmed = requireText(text, option);
  const label = PEM_LABEL.exec(trimmed)?.[1];
  if (label !== undefined) {
    if (PUBLIC_LABELS.has(label)) throw new AntomConfigError(option, 'this PEM block is a public key, not a private key');
    if (!PRIVATE_LABELS.has(label)) {
      throw new AntomConfigError(option, 'unsupported PEM block; expected unencrypted PKCS#8 (PRIVATE KEY) or PKCS#1 (RSA PRIVATE KEY)');
    }
    return attempt(() => createPrivateKey({ key: trimmed, format: 'pem' }), option, 'PEM private key could not be parsed');
  }

  const der = decodeBareBase64(trimmed, option);
  const key = privateFromDer(der);
  if (key) return key;
  if (tryOrUndefined(() => createPublicKey({ key: der, format: 'der', type: 'spki' }))) {
    throw new AntomConfigError(option, 'this base64 key is a public key, not a private key');
  }
  throw new AntomConfigError(option, 'base64 text is neither PKCS#8 nor PKCS#1 private key DER');
}

function publicKeyFromText(text: unknown, option: string): KeyObject {
  const trimmed = requireText(text, option);
  const label = PEM_LABEL.exec(trimmed)?.[1];
  if (label !== undefined) {
    if (PRIVATE_LABELS.has(label) || label.endsWith('PRIVATE KEY')) {
      throw new AntomConfigError(option, 'this PEM block is a private key; pass the public key');
    }
    if (!PUBLIC_LABELS.has(label)) {
      throw new AntomConfigError(option, 'unsupported PEM block; expected SPKI (PUBLIC KEY) or PKCS#1 (RSA PUBLIC KEY)');
    }
    return attempt(() => createPublicKey({ key: trimmed, format: 'pem' }), option, 'PEM public key could not be parsed');
  }

  const der = decodeBareBase64(trimmed, option);
  // Node derives a public key from private DER, so rule out a private key first.
  if (isPrivateDer(der)) throw new AntomConfigError(option, 'this base64 key is a private key; pass the public key');
  for (const type of ['spki', 'pkcs1'] as const) {
    const key = tryOrUndefined(() => createPublicKey({ key: der, format: 'der', type }));
    if (key) return key;
  }
  throw new AntomConfigError(option, 'base64 text is not SPKI public key DER');
}

function privateFromDer(der: Buffer): KeyObject | undefined {
  return (
    tryOrUndefined(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })) ??
    tryOrUndefined(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }))
  );
}

function isPrivateDer(der: Buffer): boolean {
  return privateFromDer(der) !== undefined;
}

function requireText(text: unknown, option: string): string {
  if (typeof text !== 'string') throw new AntomConfigError(option, 'expected a string or a KeyObject');
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new AntomConfigError(option, 'the key is empty');
  return trimmed;
}

function decodeBareBase64(text: string, option: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!BARE_BASE64.test(compact)) {
    throw new AntomConfigError(option, 'expected PEM or base64 key text; found characters outside base64');
  }
  return Buffer.from(compact, 'base64');
}

function requireStrongRsa(key: KeyObject, option: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new AntomConfigError(option, `expected an RSA key, got ${key.asymmetricKeyType ?? 'an unknown'} key type`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) {
    throw new AntomConfigError(option, `RSA key is ${bits} bits; at least ${MIN_RSA_BITS} are required`);
  }
  return key;
}

function attempt(load: () => KeyObject, option: string, problem: string): KeyObject {
  try {
    return load();
  } catch (error) {
    // Node's crypto errors name the OpenSSL routine, never the key bytes.
    throw new AntomConfigError(option, problem, { cause: error });
  }
}

function tryOrUndefined(load: () => KeyObject): KeyObject | undefined {
  try {
    return load();
  } catch {
    return undefined;
  }
}
