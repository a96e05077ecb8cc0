// A strict Base64 decoder (RFC 4648 standard alphabet, padded) that needs neither Buffer nor atob's leniency, so it
// behaves the same on every runtime: line breaks (CR, LF) are skipped as MIME encoders write them; any other
// character outside the alphabet, misplaced padding or a length that is not a multiple of 4 refuses the text.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index += 1) VALUE[ALPHABET.charCodeAt(index)] = index;
const CR = 13;
const LF = 10;
const PAD = 61; // '='

/** The bytes of `text`, or undefined when it is not valid Base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  let length = 0;
  let padding = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === CR || char === LF) continue;
    if (char === PAD) padding += 1;
    else if (padding > 0 || char >= 128 || VALUE[char] === -1) return undefined;
    length += 1;
  }
  if (length % 4 !== 0 || padding > 2) return undefined;
  const bytes = new Uint8Array((length / 4) * 3 - padding);
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === CR || char === LF || char === PAD) continue;
    buffer = ((buffer << 6) | VALUE[char]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
    }
  }
  return bytes;
}
