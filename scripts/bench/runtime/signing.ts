// RSA micro-benchmarks: one sign with a KeyObject parsed once, the same parsing the PEM on every call (as Antom's
// SDKs do with their key strings), one threadpool sign awaited alone, and one verify.
import { createPublicKey, sign } from 'node:crypto';
import { signRsaSha256, signRsaSha256Async, verifyRsaSha256 } from '../../../src/signing/rsa.ts';
import { CLIENT_ID, PAY_BODY, PAY_PATH } from './fixtures.ts';
import type { MerchantKeys } from './fixtures.ts';
import type { Peer } from './stats.ts';

export const SIGN_PEERS = {
  cached: 'sign, cached KeyObject (signRsaSha256)',
  pemEachCall: 'sign, PEM parsed every call',
  asyncAlone: 'sign on threadpool, awaited alone (signRsaSha256Async)',
  verify: 'verify, cached KeyObject (verifyRsaSha256)',
} as const;

export function signingPeers(keys: MerchantKeys, ops: number): Peer[] {
  const content = `POST ${PAY_PATH}\n${CLIENT_ID}.1704067200000.${JSON.stringify(PAY_BODY)}`;
  const signature = signRsaSha256(content, keys.privateKey);
  const publicKey = createPublicKey(keys.privateKey);
  return [
    { name: SIGN_PEERS.cached, ops, run: () => signRsaSha256(content, keys.privateKey) },
    {
      // crypto.sign with key text parses the PEM into a fresh key on each call.
      name: SIGN_PEERS.pemEachCall,
      ops,
      run: () => sign('sha256', Buffer.from(content, 'utf8'), keys.privatePem).toString('base64'),
    },
    { name: SIGN_PEERS.asyncAlone, ops, run: () => signRsaSha256Async(content, keys.privateKey) },
    {
      name: SIGN_PEERS.verify,
      ops,
      run: () => {
        if (!verifyRsaSha256(content, signature, publicKey)) throw new Error('verify failed');
      },
    },
  ];
}
