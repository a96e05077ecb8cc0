// Consumer bundle sizes: esbuild (bundle + minify, platform node, ESM; only node built-ins external) and gzip.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { payResultCodes } from '../../../generated/result-codes.ts';
import { ROOT } from './fixtures.ts';

export interface BundleResult {
  name: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** The bundle text, for content checks. */
  text: string;
}

const CLIENT = `
  import { createAntomClient } from './src/index.ts';
  import type { PayBody } from './src/index.ts';
  const client = createAntomClient({ clientId: process.env.ANTOM_CLIENT_ID!, privateKey: process.env.ANTOM_KEY!, antomPublicKey: process.env.ANTOM_PUBLIC_KEY!, region: 'na' });
  export const pay = (body: PayBody) => client.pay(body);
`;

export const BUNDLES = {
  openapiFetch: {
    name: 'openapi-fetch createClient + types only',
    source: `
      import createClient from 'openapi-fetch';
      import type { paths } from './generated/schema.ts';
      import type { PayBody } from './generated/client.ts';
      const client = createClient<paths>({ baseUrl: process.env.ANTOM_URL });
      export const pay = (body: PayBody) => client.POST('/v1/payments/pay', { body });
    `,
  },
  client: { name: 'createAntomClient + pay (client + signing)', source: CLIENT },
  clientTable: {
    name: '... + lookupResultCode (result table)',
    source: `${CLIENT}
      import { lookupResultCode } from './src/index.ts';
      export const describeCode = (code: string) => lookupResultCode('pay', code).action;
    `,
  },
  clientInterpret: {
    name: '... + interpretPayResult (uses the table)',
    source: `${CLIENT}
      import { interpretPayResult } from './src/index.ts';
      export const payAndInterpret = async (body: PayBody) => { const { data } = await client.pay(body); return data && interpretPayResult(data); };
    `,
  },
} as const;

export async function bundleSize(name: string, source: string): Promise<BundleResult> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'consumer.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${name}`);
  return { name, minifiedBytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength, text: output.text };
}

/** A message only the result table contains (the action text of a failure code). */
export function tableOnlyString(): string {
  return payResultCodes.ACCESS_DENIED.action;
}
