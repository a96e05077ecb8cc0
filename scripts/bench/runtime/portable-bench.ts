// The per-runtime part of the benchmark: bundled by cross-runtime.ts with the package's own source into one ES
// module that runs unchanged on Node, Bun, Deno, workerd and the edge runtime (web APIs only; node:crypto and
// node:http reached through process.getBuiltinModule where they exist). Sequential calls against the loopback
// bench server, peers interleaved round-robin, medians:
//   raw fetch + 1 sign   what a hand-written client does: sign with the runtime's own API (node:crypto's sync sign
//                        with a cached KeyObject where the package uses node:crypto, else Web Crypto with a cached
//                        CryptoKey), fetch, read the JSON answer. No verification.
//   raw node:http + 1 sign   the same over node:http, where the runtime has it (not on workerd or the edge).
//   antom client         `client.pay(body)` as shipped on that runtime: signed, the answer's signature verified.
import { createAntomClient } from '../../../src/index.ts';
import { CLIENT_ID, PAY_BODY, PAY_PATH } from './fixtures-portable.ts';

export interface PortableInput {
  origin: string;
  privateKeyPem: string;
  antomPublicKeyPem: string;
  calls: number;
  samples: number;
  warmupCalls: number;
}

type Peer = { name: string; call: () => Promise<void> };

interface NodeCryptoLike {
  createPrivateKey(pem: string): unknown;
  sign(algorithm: string, data: Uint8Array, key: unknown): { toString(encoding: 'base64'): string };
}
interface NodeHttpLike {
  request(url: URL, options: object, onResponse: (res: { setEncoding(e: string): void; on(event: string, listener: (chunk?: string) => void): void }) => void): {
    on(event: 'error', listener: (error: Error) => void): void;
    end(body: string): void;
  };
}

const encoder = new TextEncoder();
const builtin = <T>(id: string): T | undefined => (globalThis as { process?: { getBuiltinModule?: (id: string) => T } }).process?.getBuiltinModule?.(id);
const isWorkerd = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === 'Cloudflare-Workers';

/** The runtime's own signer, set up once: node:crypto where the package uses it, else Web Crypto. */
async function nativeSigner(privateKeyPem: string): Promise<{ name: string; sign: (content: string) => Promise<string> | string }> {
  const nodeCrypto = isWorkerd ? undefined : builtin<NodeCryptoLike>('node:crypto');
  if (nodeCrypto) {
    const key = nodeCrypto.createPrivateKey(privateKeyPem);
    return { name: 'node:crypto', sign: (content) => nodeCrypto.sign('sha256', encoder.encode(content), key).toString('base64') };
  }
  const body = privateKeyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const der = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  const key = await crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  return {
    name: 'Web Crypto',
    sign: async (content) => {
      const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(content)));
      return btoa(String.fromCharCode(...signature));
    },
  };
}

async function signedHeaders(body: string, sign: (content: string) => Promise<string> | string): Promise<Record<string, string>> {
  const time = String(Date.now());
  const signature = await sign(`POST ${PAY_PATH}\n${CLIENT_ID}.${time}.${body}`);
  return {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': CLIENT_ID,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
  };
}

function expectJson(value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new Error('bench peer got no JSON object back');
}

export default async function main(input: PortableInput): Promise<unknown> {
  const signer = await nativeSigner(input.privateKeyPem);
  const url = `${input.origin}${PAY_PATH}`;
  const body = JSON.stringify(PAY_BODY);
  const peers: Peer[] = [
    {
      name: 'raw fetch + 1 sign',
      call: async () => {
        const response = await fetch(url, { method: 'POST', headers: await signedHeaders(body, signer.sign), body });
        expectJson(await response.json());
      },
    },
  ];
  const http = isWorkerd ? undefined : builtin<NodeHttpLike>('node:http');
  if (http) {
    const target = new URL(url);
    peers.push({
      name: 'raw node:http + 1 sign',
      call: async () => {
        const headers = { ...(await signedHeaders(body, signer.sign)), 'content-length': String(encoder.encode(body).length) };
        await new Promise<void>((resolve, reject) => {
          const req = http.request(target, { method: 'POST', headers }, (res) => {
            res.setEncoding('utf8');
            let text = '';
            res.on('data', (chunk) => (text += chunk ?? ''));
            res.on('end', () => {
              try {
                expectJson(JSON.parse(text));
                resolve();
              } catch (error) {
                reject(error);
              }
            });
            res.on('error', () => reject(new Error('response error')));
          });
          req.on('error', reject);
          req.end(body);
        });
      },
    });
  }
  const client = createAntomClient({ clientId: CLIENT_ID, privateKey: input.privateKeyPem, antomPublicKey: input.antomPublicKeyPem, baseUrl: input.origin, retry: false });
  peers.push({ name: 'antom client (signed + verified)', call: async () => expectJson((await client.pay(PAY_BODY)).data) });

  for (const peer of peers) for (let i = 0; i < input.warmupCalls; i += 1) await peer.call();
  const samples: Record<string, number[]> = Object.fromEntries(peers.map((peer) => [peer.name, []]));
  const ratios: number[] = [];
  for (let sample = 0; sample < input.samples; sample += 1) {
    // Rotating the order keeps a drift of the machine's speed from always favouring the same peer.
    const order = peers.map((_, index) => peers[(index + sample) % peers.length] as Peer);
    const round: Record<string, number> = {};
    for (const peer of order) {
      const started = performance.now();
      for (let i = 0; i < input.calls; i += 1) await peer.call();
      round[peer.name] = ((performance.now() - started) * 1000) / input.calls;
      samples[peer.name]?.push(round[peer.name] as number);
    }
    ratios.push((round['antom client (signed + verified)'] as number) / (round['raw fetch + 1 sign'] as number));
  }
  return { signer: signer.name, perCallUs: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])), samples, ratios, ratio: median(ratios) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
