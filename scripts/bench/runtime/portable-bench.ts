// The per-runtime part of the benchmark: bundled by cross-runtime.ts with the package's own source into one ES
// module that runs unchanged on Node, Bun, Deno, workerd and the edge runtime (web APIs only; node:crypto and
// node:http reached through process.getBuiltinModule where they exist). Sequential calls against the loopback
// bench server, peers interleaved in rounds (rounds.ts), medians:
//   raw fetch + 1 sign   what a hand-written client does: sign with the runtime's own API (node:crypto's sync sign
//                        with a cached KeyObject where the package uses node:crypto, else Web Crypto with a cached
//                        CryptoKey; native-crypto.ts), fetch, read the JSON answer. No verification. The goal's base.
//   raw fetch + 1 sign + 1 verify   the same, and Antom's signature on the answer checked with the same API: shown
//                        so that a reader sees how much of the gap is the verification the raw peer skips.
//   raw node:http + 1 sign   the same as the first over node:http, where the runtime has it (not workerd or edge).
//   antom client         `client.pay(body)` as shipped on that runtime: signed, the answer's signature verified.
import { createAntomClient } from '../../../src/index.ts';
import { CLIENT_ID, PAY_BODY, PAY_PATH } from './fixtures-portable.ts';
import { builtin, isWorkerd, nativeSigner, nativeVerifier, signedHeaders } from './native-crypto.ts';
import { nodeHttpCall } from './node-http-call.ts';
import type { NodeHttpLike } from './node-http-call.ts';
import type { NativeSigner, NativeVerifier } from './native-crypto.ts';
import { expectJson, measureRounds, median } from './rounds.ts';
import type { RoundPeer, RoundsConfig } from './rounds.ts';

export interface PortableInput extends RoundsConfig {
  origin: string;
  privateKeyPem: string;
  antomPublicKeyPem: string;
}

export const BASE = 'raw fetch + 1 sign';
export const WITH_VERIFY = 'raw fetch + 1 sign + 1 verify';
export const NODE_HTTP = 'raw node:http + 1 sign';
export const CLIENT = 'antom client (signed + verified)';

/** The raw fetch peers, without and with the answer's signature checked: the goal's base and its fair variant. */
export function rawFetchPeers(url: string, body: string, signer: NativeSigner, verifier: NativeVerifier): RoundPeer[] {
  return [
    { name: BASE, call: async () => expectJson(await (await fetch(url, { method: 'POST', headers: await signedHeaders(body, signer.sign), body })).json()) },
    {
      name: WITH_VERIFY,
      call: async () => {
        const response = await fetch(url, { method: 'POST', headers: await signedHeaders(body, signer.sign), body });
        const text = await response.text();
        if (!(await verifier.verifyResponse(PAY_PATH, response.headers, text))) throw new Error('bench peer: bad signature');
        expectJson(JSON.parse(text));
      },
    },
  ];
}

export default async function main(input: PortableInput): Promise<unknown> {
  const signer = await nativeSigner(input.privateKeyPem);
  const verifier = await nativeVerifier(input.antomPublicKeyPem);
  const url = `${input.origin}${PAY_PATH}`;
  const body = JSON.stringify(PAY_BODY);
  const peers = rawFetchPeers(url, body, signer, verifier);
  const http = isWorkerd ? undefined : builtin<NodeHttpLike>('node:http');
  if (http) {
    const target = new URL(url);
    const length = String(new TextEncoder().encode(body).length);
    peers.push({ name: NODE_HTTP, call: async () => nodeHttpCall(http, target, { ...(await signedHeaders(body, signer.sign)), 'content-length': length }, body) });
  }
  const client = createAntomClient({ clientId: CLIENT_ID, privateKey: input.privateKeyPem, antomPublicKey: input.antomPublicKeyPem, baseUrl: input.origin, retry: false });
  peers.push({ name: CLIENT, call: async () => expectJson((await client.pay(PAY_BODY)).data) });

  const { perCallUs, samples, ratios } = await measureRounds(peers, input, BASE);
  const clientRatios = ratios[CLIENT] ?? [];
  return { signer: signer.name, verifier: verifier.name, perCallUs, samples, ratios: clientRatios, ratio: median(clientRatios), ratioToVerify: median(ratios[CLIENT]?.map((r, i) => r / (ratios[WITH_VERIFY]?.[i] ?? Number.NaN)) ?? []) };
}
