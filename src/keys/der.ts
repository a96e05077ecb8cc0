/**
 * The small part of ASN.1 DER that RSA keys use: a strict reader (definite, minimal lengths; the whole input must
 * be consumed) and a writer for the few elements needed to wrap a PKCS #1 key into PKCS #8 or SPKI, which is all
 * Web Crypto imports. Pure functions on bytes: no Node built-ins.
 */
import { concatBytes } from '../platform/bytes.ts';

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
} as const;

/** A DER element: its tag, its content bytes, and the offset just past it in the input. */
export interface DerElement {
  tag: number;
  content: Uint8Array;
  end: number;
}

/** Thrown by the reader for bytes that are not the expected DER; the message names the structure, never the bytes. */
export class DerError extends Error {
  override name = 'DerError';
}

/** Largest element accepted (1 MiB): far beyond any RSA key, and it keeps lengths well inside safe integers. */
const MAX_LENGTH = 1 << 20;

/** Reads one element at `offset` of `bytes` (single-byte tags only, as in every key structure). */
export function readElement(bytes: Uint8Array, offset: number): DerElement {
  if (offset + 2 > bytes.length) throw new DerError('truncated element');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used in keys');
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0) throw new DerError('indefinite length is not DER');
    if (count > 3) throw new DerError('element too long');
    if (start + count > bytes.length) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[start + i] as number);
    // DER: the shortest form. A long form for a length below 128, or with a leading zero byte, is not DER.
    if (length < 0x80 || (bytes[start] as number) === 0) throw new DerError('length not in its shortest form');
    start += count;
  }
  if (length > MAX_LENGTH) throw new DerError('element too long');
  const end = start + length;
  if (end > bytes.length) throw new DerError('truncated content');
  return { tag, content: bytes.subarray(start, end), end };
}

/** Reads the single element `bytes` must consist of, with the expected tag. */
export function readWhole(bytes: Uint8Array, tag: number, what: string): Uint8Array {
  const element = readElement(bytes, 0);
  if (element.tag !== tag) throw new DerError(`${what}: unexpected element`);
  if (element.end !== bytes.length) throw new DerError(`${what}: trailing bytes`);
  return element.content;
}

/** The elements of a SEQUENCE's content, in order. */
export function readChildren(content: Uint8Array): DerElement[] {
  const children: DerElement[] = [];
  for (let offset = 0; offset < content.length; ) {
    const element = readElement(content, offset);
    children.push(element);
    offset = element.end;
  }
  return children;
}

/** A positive INTEGER's magnitude (minimal encoding checked; zero and negatives refused). */
export function positiveInteger(element: DerElement | undefined, what: string): Uint8Array {
  if (element?.tag !== TAG.integer || element.content.length === 0) throw new DerError(`${what}: expected an INTEGER`);
  const bytes = element.content;
  if ((bytes[0] as number) & 0x80) throw new DerError(`${what}: negative INTEGER`);
  if (bytes.length > 1 && bytes[0] === 0 && !((bytes[1] as number) & 0x80)) throw new DerError(`${what}: INTEGER not minimally encoded`);
  const magnitude = bytes[0] === 0 ? bytes.subarray(1) : bytes;
  if (magnitude.length === 0) throw new DerError(`${what}: INTEGER is zero`);
  return magnitude;
}

/** A small non-negative INTEGER (a version field). */
export function smallInteger(element: DerElement | undefined, what: string): number {
  if (element?.tag !== TAG.integer || element.content.length !== 1 || (element.content[0] as number) & 0x80) {
    throw new DerError(`${what}: expected a small INTEGER`);
  }
  return element.content[0] as number;
}

/** Dotted text of an OBJECT IDENTIFIER, e.g. `1.2.840.113549.1.1.1`. */
export function oidText(element: DerElement | undefined, what: string): string {
  if (element?.tag !== TAG.oid || element.content.length === 0) throw new DerError(`${what}: expected an OBJECT IDENTIFIER`);
  const arcs: number[] = [];
  let value = 0;
  for (const byte of element.content) {
    if (value === 0 && byte === 0x80) throw new DerError(`${what}: OBJECT IDENTIFIER not minimally encoded`);
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError(`${what}: OBJECT IDENTIFIER arc too large`);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if ((element.content[element.content.length - 1] as number) & 0x80) throw new DerError(`${what}: truncated OBJECT IDENTIFIER`);
  const first = arcs.shift() as number;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** Bit length of a big-endian magnitude without leading zero bytes. */
export function bitLength(magnitude: Uint8Array): number {
  const top = magnitude[0] ?? 0;
  return top === 0 ? 0 : (magnitude.length - 1) * 8 + (32 - Math.clz32(top));
}

/** Encodes one element: tag, DER length, content. */
export function encodeElement(tag: number, content: Uint8Array): Uint8Array {
  const length = content.length;
  const header: number[] = [tag];
  if (length < 0x80) header.push(length);
  else {
    const lengthBytes: number[] = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
    header.push(0x80 | lengthBytes.length, ...lengthBytes);
  }
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}

/** A SEQUENCE of already-encoded elements. */
export function encodeSequence(...elements: readonly Uint8Array[]): Uint8Array {
  return encodeElement(TAG.sequence, concatBytes(elements));
}
