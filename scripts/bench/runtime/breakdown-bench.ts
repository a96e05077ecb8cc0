// Where the signed client call's time goes on one runtime, by elimination: peers that each add one part of what
// `client.pay` does, interleaved in rounds (rounds.ts) in the same run, medians. Bundled with the package's source
// and run on every runtime like portable-bench.ts, by scripts/bench/runtimes-breakdown.ts. The pre-signed peers
// send headers signed once, so they time the wire and the transport alone.
import { createAntomClient } from '../../../src/index.ts';
import { parsePrivateKey, parsePublicKey } from '../../../src/keys.ts';
import { canVerifySynchronously, signRsaSha256Async, verifyRsaSha256, verifyRsaSha256Async } from '../../../src/signing/rsa.ts';
import { createAttemptSignal } from '../../../src/transport/attempt-signal.ts';
import { fetchExchange } from '../../../src/transport/exchange-fetch.ts';
import { CLIENT_ID, PAY_BODY, PAY_PATH } from './fixtures-portable.ts';
import { nativeSigner, nativeVerifier, signedHeaders } from './native-crypto.ts';
import { BASE, CLIENT, rawFetchPeers } from './portable-bench.ts';
import type { PortableInput } from './portable-bench.ts';
import { expectJson, measureRounds, median } from './rounds.ts';
import type { RoundPeer } from './rounds.ts';

export default async function main(input: PortableInput & { only?: string[] }): Promise<unknown> {
  const signer = await nativeSigner(input.privateKeyPem);
  const verifier = await nativeVerifier(input.antomPublicKeyPem);
  const url = `${input.origin}${PAY_PATH}`;
  const body = JSON.stringify(PAY_BODY);
  const privateKey = parsePrivateKey(input.privateKeyPem);
  const publicKey = parsePublicKey(input.antomPublicKeyPem);
  const presigned = await signedHeaders(body, signer.sign);
  const wire = { url: new URL(url), method: 'POST', headers: presigned, body };
  const limits = { timeoutMs: 15_000, signal: undefined, maxBytes: 4 * 1024 * 1024 };
  const overFetch = (native: boolean) => fetchExchange((i, init) => fetch(i, init), native);
  const [injected, native] = [overFetch(false), overFetch(true)];
  const options = { clientId: CLIENT_ID, privateKey: input.privateKeyPem, antomPublicKey: input.antomPublicKeyPem, baseUrl: input.origin, retry: false as const };
  const client = createAntomClient(options);
  const unverified = createAntomClient({ ...options, verifyResponses: false });
  const answer = await fetch(url, { method: 'POST', headers: presigned, body });
  const sample = { headers: answer.headers, text: await answer.text() };
  const signature = decodeURIComponent(/signature=([^,]+)/.exec(sample.headers.get('signature') ?? '')?.[1] ?? '');
  const signedAnswer = `POST ${PAY_PATH}\n${CLIENT_ID}.${sample.headers.get('response-time')}.${sample.text}`;
  const content = (): string => `POST ${PAY_PATH}\n${CLIENT_ID}.${Date.now()}.${body}`;

  const all: RoundPeer[] = [
    { name: 'fetch, text, parse (pre-signed)', call: async () => expectJson(JSON.parse(await (await fetch(url, { method: 'POST', headers: presigned, body })).text())) },
    {
      name: '+ attempt signal: timer, controller (pre-signed)',
      call: async () => {
        const deadline = createAttemptSignal(15_000, undefined);
        try {
          expectJson(JSON.parse(await (await fetch(url, { method: 'POST', headers: presigned, body, signal: deadline.signal, redirect: 'manual' })).text()));
        } finally {
          deadline.dispose();
        }
      },
    },
    { name: 'exchange, injected-fetch path: raced, stream loop (pre-signed)', call: async () => expectJson(JSON.parse((await injected(wire, limits)).text)) },
    { name: 'exchange, runtime-fetch path (pre-signed)', call: async () => expectJson(JSON.parse((await native(wire, limits)).text)) },
    ...rawFetchPeers(url, body, signer, verifier),
    { name: 'client, verifyResponses: false', call: async () => expectJson((await unverified.pay(PAY_BODY)).data) },
    { name: CLIENT, call: async () => expectJson((await client.pay(PAY_BODY)).data) },
    { name: `sign only (${signer.name}, as the raw peer)`, call: async () => signer.sign(content()) },
    { name: 'sign only (the package)', call: () => signRsaSha256Async(content(), privateKey) },
    { name: `verify only (${verifier.name}, as the raw peer)`, call: async () => verifier.verifyResponse(PAY_PATH, sample.headers, sample.text) },
    {
      name: 'verify only (the package)',
      call: async () => (canVerifySynchronously() ? verifyRsaSha256(signedAnswer, signature, publicKey) : verifyRsaSha256Async(signedAnswer, signature, publicKey)),
    },
  ];
  const peers = input.only ? all.filter((peer) => input.only?.some((name) => peer.name.startsWith(name))) : all;
  const base = peers.some((peer) => peer.name === BASE) ? BASE : (peers[0]?.name ?? BASE);
  const { perCallUs, samples, ratios } = await measureRounds(peers, input, base);
  const relative = Object.fromEntries(Object.entries(ratios).map(([name, values]) => [name, median(values)]));
  return { signer: signer.name, verifier: verifier.name, base, perCallUs, samples, relative };
}
