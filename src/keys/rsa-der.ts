/**
 * RSA key structures in DER, read and checked without any crypto library: PKCS #8 PrivateKeyInfo and PKCS #1
 * RSAPrivateKey (RFC 5208, RFC 8017 A.1.2), SubjectPublicKeyInfo and PKCS #1 RSAPublicKey (RFC 5280, RFC 8017
 * A.1.1). A PKCS #1 key is wrapped into PKCS #8 or SPKI, the forms Web Crypto imports; the numbers of a private key
 * are checked to belong together, so a damaged key fails here, synchronously, on every runtime.
 */
import {
  DerError,
  TAG,
  bitLength,
  encodeElement,
  encodeSequence,
  oidText,
  positiveInteger,
  readChildren,
  readWhole,
  smallInteger,
} from './der.ts';
import type { DerElement } from './der.ts';

/** rsaEncryption (1.2.840.113549.1.1.1), the algorithm of a plain RSA key. */
export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';
/** AlgorithmIdentifier { rsaEncryption, NULL }, as OpenSSL and Web Crypto write it. */
const RSA_ALGORITHM = encodeSequence(
  Uint8Array.of(TAG.oid, 9, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01),
  Uint8Array.of(TAG.null, 0),
);

/** Key algorithms other than RSA, named as Node's `asymmetricKeyType` does, for error messages. */
const OTHER_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10045.2.1': 'ec',
  '1.2.840.10040.4.1': 'dsa',
  '1.3.101.110': 'x25519',
  '1.3.101.111': 'x448',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
};

/** Thrown for a well-formed key of another algorithm (EC, Ed25519…). */
export class NotRsaError extends Error {
  override name = 'NotRsaError';
  readonly keyType: string;
  constructor(oid: string) {
    const keyType = OTHER_ALGORITHMS[oid] ?? 'an unknown';
    super(`the key is ${keyType} key type`);
    this.keyType = keyType;
  }
}

/** An RSA key checked and put into the form Web Crypto imports. */
export interface RsaDer {
  /** PKCS #8 for a private key, SPKI for a public key. */
  der: Uint8Array;
  modulusBits: number;
}

/** Reads a PKCS #8 PrivateKeyInfo holding an RSA key. */
export function rsaFromPkcs8(bytes: Uint8Array): RsaDer {
  const [version, algorithm, privateKey, ...rest] = readChildren(readWhole(bytes, TAG.sequence, 'PrivateKeyInfo'));
  const v = smallInteger(version, 'PrivateKeyInfo version');
  if (v > 1) throw new DerError('PrivateKeyInfo: unknown version');
  requireRsaAlgorithm(algorithm);
  if (privateKey?.tag !== TAG.octetString) throw new DerError('PrivateKeyInfo: expected the key as an OCTET STRING');
  // Optional [0] attributes and (version 1) [1] public key; nothing else.
  if (rest.length > 2 || rest.some((element) => element.tag !== 0xa0 && element.tag !== 0xa1 && element.tag !== 0x81)) {
    throw new DerError('PrivateKeyInfo: unexpected trailing elements');
  }
  return { der: bytes, modulusBits: checkRsaPrivateKey(privateKey.content) };
}

/** Reads a PKCS #1 RSAPrivateKey and wraps it into PKCS #8. */
export function rsaFromPkcs1Private(bytes: Uint8Array): RsaDer {
  const modulusBits = checkRsaPrivateKey(bytes);
  return { der: encodeSequence(Uint8Array.of(TAG.integer, 1, 0), RSA_ALGORITHM, encodeElement(TAG.octetString, bytes)), modulusBits };
}

/** Reads a SubjectPublicKeyInfo holding an RSA key. */
export function rsaFromSpki(bytes: Uint8Array): RsaDer {
  const [algorithm, subjectPublicKey, ...rest] = readChildren(readWhole(bytes, TAG.sequence, 'SubjectPublicKeyInfo'));
  requireRsaAlgorithm(algorithm);
  if (subjectPublicKey?.tag !== TAG.bitString || subjectPublicKey.content[0] !== 0 || rest.length > 0) {
    throw new DerError('SubjectPublicKeyInfo: expected the key as a BIT STRING');
  }
  return { der: bytes, modulusBits: checkRsaPublicKey(subjectPublicKey.content.subarray(1)) };
}

/** Reads a PKCS #1 RSAPublicKey and wraps it into SPKI. */
export function rsaFromPkcs1Public(bytes: Uint8Array): RsaDer {
  const modulusBits = checkRsaPublicKey(bytes);
  const bitString = new Uint8Array(bytes.length + 1);
  bitString.set(bytes, 1);
  return { der: encodeSequence(RSA_ALGORITHM, encodeElement(TAG.bitString, bitString)), modulusBits };
}

function requireRsaAlgorithm(algorithm: DerElement | undefined): void {
  if (algorithm?.tag !== TAG.sequence) throw new DerError('expected an AlgorithmIdentifier');
  const [oid, parameters, ...rest] = readChildren(algorithm.content);
  const id = oidText(oid, 'AlgorithmIdentifier');
  if (id !== RSA_ENCRYPTION_OID) throw new NotRsaError(id);
  // rsaEncryption takes NULL parameters (RFC 8017 A.1); absent ones are tolerated, as OpenSSL does.
  if ((parameters !== undefined && (parameters.tag !== TAG.null || parameters.content.length !== 0)) || rest.length > 0) {
    throw new DerError('AlgorithmIdentifier: rsaEncryption takes NULL parameters');
  }
}

/** Checks an RSAPublicKey { modulus, publicExponent }; returns the modulus length in bits. */
function checkRsaPublicKey(bytes: Uint8Array): number {
  const fields = readChildren(readWhole(bytes, TAG.sequence, 'RSAPublicKey'));
  if (fields.length !== 2) throw new DerError('RSAPublicKey: expected modulus and exponent');
  const modulus = positiveInteger(fields[0], 'RSA modulus');
  checkExponent(positiveInteger(fields[1], 'RSA public exponent'), modulus);
  return bitLength(modulus);
}

/**
 * Checks a two-prime RSAPrivateKey and that its numbers belong together: n = p·q, e·d ≡ 1 modulo p−1 and q−1,
 * the CRT exponents and coefficient match. Returns the modulus length in bits.
 */
function checkRsaPrivateKey(bytes: Uint8Array): number {
  const fields = readChildren(readWhole(bytes, TAG.sequence, 'RSAPrivateKey'));
  const version = smallInteger(fields[0], 'RSAPrivateKey version');
  if (version !== 0 || fields.length !== 9) throw new DerError('RSAPrivateKey: only two-prime keys (version 0) are supported');
  const names = ['modulus', 'publicExponent', 'privateExponent', 'prime1', 'prime2', 'exponent1', 'exponent2', 'coefficient'];
  const magnitudes = names.map((name, index) => positiveInteger(fields[index + 1], `RSA ${name}`));
  const [n, e, d, p, q, dp, dq, qinv] = magnitudes.map(toBigInt) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
  checkExponent(magnitudes[1] as Uint8Array, magnitudes[0] as Uint8Array);
  const consistent =
    p * q === n &&
    p > 1n &&
    q > 1n &&
    (e * d) % (p - 1n) === 1n % (p - 1n) &&
    (e * d) % (q - 1n) === 1n % (q - 1n) &&
    dp === d % (p - 1n) &&
    dq === d % (q - 1n) &&
    (qinv * q) % p === 1n % p;
  if (!consistent) throw new DerError('RSAPrivateKey: its numbers do not belong together (a damaged key)');
  return bitLength(magnitudes[0] as Uint8Array);
}

/** The public exponent must be odd, at least 3 and below the modulus. */
function checkExponent(exponent: Uint8Array, modulus: Uint8Array): void {
  const e = toBigInt(exponent);
  if (e < 3n || e % 2n === 0n || e >= toBigInt(modulus)) throw new DerError('RSA public exponent out of range');
}

function toBigInt(magnitude: Uint8Array): bigint {
  let hex = '';
  for (const byte of magnitude) hex += byte.toString(16).padStart(2, '0');
  return BigInt(`0x${hex}`);
}

/** The four key structures, told apart by the tags of their top-level fields. */
export type KeyStructure = 'pkcs8' | 'pkcs1-private' | 'spki' | 'pkcs1-public';

/**
 * Which key structure `bytes` has the outline of (one SEQUENCE whose fields have the tags of that structure), or
 * undefined. Only the outline: the structure's own reader then checks it in full and says what is wrong.
 */
export function sniffKeyStructure(bytes: Uint8Array): KeyStructure | undefined {
  let fields: DerElement[];
  try {
    fields = readChildren(readWhole(bytes, TAG.sequence, 'key'));
  } catch {
    return undefined;
  }
  const tags = fields.map((field) => field.tag);
  if (tags.length >= 3 && tags[0] === TAG.integer && tags[1] === TAG.sequence && tags[2] === TAG.octetString) return 'pkcs8';
  if (tags.length === 2 && tags[0] === TAG.sequence && tags[1] === TAG.bitString) return 'spki';
  if (tags.length === 2 && tags.every((tag) => tag === TAG.integer)) return 'pkcs1-public';
  if (tags.length >= 9 && tags.every((tag) => tag === TAG.integer || tag === TAG.sequence) && tags.slice(0, 9).every((tag) => tag === TAG.integer)) return 'pkcs1-private';
  return undefined;
}

/** Reads `bytes` as the given structure, wrapped to PKCS #8 or SPKI. */
export function readRsaKey(structure: KeyStructure, bytes: Uint8Array): RsaDer {
  switch (structure) {
    case 'pkcs8':
      return rsaFromPkcs8(bytes);
    case 'pkcs1-private':
      return rsaFromPkcs1Private(bytes);
    case 'spki':
      return rsaFromSpki(bytes);
    case 'pkcs1-public':
      return rsaFromPkcs1Public(bytes);
  }
}
