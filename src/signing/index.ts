export { buildSignContent } from './sign-content.ts';
export type { SignContentInput } from './sign-content.ts';
export { signRsaSha256, signRsaSha256Async, verifyRsaSha256, verifyRsaSha256Async } from './rsa.ts';
export { formatSignatureHeader, parseSignatureHeader, SIGNATURE_ALGORITHM } from './signature-header.ts';
export type { ParsedSignatureHeader, SignatureHeaderFields } from './signature-header.ts';
