import { AntomConfigError } from '../errors.ts';
import { parsePrivateKey } from '../keys.ts';
import { buildSignContent, formatSignatureHeader, signRsaSha256Async } from '../signing/index.ts';
import { pathOfTarget } from '../webhooks/options.ts';
import { ANTOM_TEST_PRIVATE_KEY } from './test-keys.ts';

/** Whatever `parsePrivateKey` takes (PEM or base64 text, a key object); named through it so no Node type is imported here. */
type PrivateKeyInput = Parameters<typeof parsePrivateKey>[0];
type PrivateKey = ReturnType<typeof parsePrivateKey>;

/** What to sign, as Antom would sign it. */
export interface SignAsAntomInput {
  /** The path Antom signs: your notify URL's path (and query) for a notification, the API path for an answer. A full URL is accepted; its path and query are used. */
  path: string;
  /** Your client ID, as the client under test is configured. */
  clientId: string;
  /** The JSON body: an object (serialized with `JSON.stringify`) or the exact text. */
  body: unknown;
  /** Key to sign with (PEM, base64 or KeyObject). Default: the sandbox's published test Antom key (`ANTOM_TEST_PRIVATE_KEY`). */
  privateKey?: PrivateKeyInput;
  /** Default `POST`. */
  method?: string;
  /** `keyVersion` in the `signature` header; default 1. */
  keyVersion?: number;
}

/** A message signed as Antom signs it: the exact body text and the headers that carry the signature. */
export interface SignedAsAntom {
  method: string;
  path: string;
  /** `content-type`, `client-id`, the time header and `signature`. */
  headers: Record<string, string>;
  body: string;
}

let defaultKey: PrivateKey | undefined;

/** Signs `<METHOD> <path>\n<clientId>.<time>.<body>` with RSA-SHA256, the way Antom signs notifications and answers. */
export async function signAsAntom(input: SignAsAntomInput, timeHeader: 'request-time' | 'response-time', time: number | string | undefined): Promise<SignedAsAntom> {
  if (typeof input !== 'object' || input === null) throw new AntomConfigError('input', 'must be an object');
  const path = pathOfTarget(input.path);
  if (path === undefined) throw new AntomConfigError('path', 'must be a path starting with "/" or a full http(s) URL');
  if (typeof input.clientId !== 'string' || input.clientId === '') throw new AntomConfigError('clientId', 'must be your client ID, as the client under test has it');
  const method = (input.method ?? 'POST').toUpperCase();
  const body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
  if (body === undefined) throw new AntomConfigError('body', 'must be an object to serialize as JSON, or the body text');
  const keyVersion = input.keyVersion ?? 1;
  if (!Number.isSafeInteger(keyVersion) || keyVersion < 0) throw new AntomConfigError('keyVersion', 'must be a non-negative integer');
  const timeText = time === undefined ? String(Date.now()) : String(time);
  const key = input.privateKey === undefined ? (defaultKey ??= parsePrivateKey(ANTOM_TEST_PRIVATE_KEY)) : parsePrivateKey(input.privateKey);
  const content = buildSignContent({ method, path, clientId: input.clientId, time: timeText, body });
  const signature = formatSignatureHeader({ keyVersion, signature: await signRsaSha256Async(content, key) });
  return {
    method,
    path,
    headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': input.clientId, [timeHeader]: timeText, signature },
    body,
  };
}
