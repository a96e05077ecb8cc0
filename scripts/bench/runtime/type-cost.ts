// Type-checking cost for a consumer: `tsc --extendedDiagnostics --noEmit` on a tiny file that calls pay through
// our client vs one calling POST through bare openapi-fetch on the same `paths` type. Both see the package as a
// consumer does (emitted .d.ts, skipLibCheck on), so only the consumer's own code is checked.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ARTIFACTS, PAY_BODY, ROOT } from './fixtures.ts';

const run = promisify(execFile);
const TSC = `${ROOT}node_modules/typescript/bin/tsc`;
const DIR = `${ARTIFACTS}/type-cost`;

export interface TypeCost {
  name: string;
  instantiations: number;
  types: number;
  checkTimeSeconds: number;
}

/** The bench's pay body as an inline object literal, so each consumer checks it against its own types. */
const BODY = JSON.stringify(PAY_BODY);

export const CONSUMERS = {
  empty: { name: 'empty consumer (baseline: lib + @types/node)', source: 'export const nothing = 0;\n' },
  openapiFetch: {
    name: 'bare openapi-fetch: client.POST(/v1/payments/pay)',
    source: `import createClient from 'openapi-fetch';
import type { paths } from '../decl/generated/schema.js';
const client = createClient<paths>({ baseUrl: 'https://open-na-global.alipay.com/ams/api' });
export async function run(): Promise<string | undefined> {
  const { data, error } = await client.POST('/v1/payments/pay', { body: ${BODY} });
  if (error) return 'error';
  return data?.result.resultStatus;
}
`,
  },
  antom: {
    name: 'antom client: client.pay(body)',
    source: `import { createAntomClient } from '../decl/src/index.js';
const client = createAntomClient({ clientId: 'SANDBOX_X', privateKey: 'k', antomPublicKey: 'k', region: 'na' });
export async function run(): Promise<string | undefined> {
  const { data, error } = await client.pay(${BODY});
  if (error) return 'error';
  return data?.result.resultStatus;
}
`,
  },
} as const;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['consumer.ts'],
};

function metric(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
  if (!match?.[1]) throw new Error(`tsc --extendedDiagnostics printed no "${label}"`);
  return Number(match[1]);
}

/** Emits the package declarations once (as `npm run build` would) into artifacts/bench/type-cost/decl. */
export async function emitDeclarations(): Promise<void> {
  await rm(DIR, { recursive: true, force: true });
  await run(process.execPath, [TSC, '-p', `${ROOT}tsconfig.build.json`, '--emitDeclarationOnly', '--outDir', `${DIR}/decl`], { cwd: ROOT });
}

export async function typeCost(key: keyof typeof CONSUMERS): Promise<TypeCost> {
  const { name, source } = CONSUMERS[key];
  const dir = `${DIR}/${key}`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/consumer.ts`, source);
  await writeFile(`${dir}/tsconfig.json`, JSON.stringify(TSCONFIG, null, 2));
  const { stdout } = await run(process.execPath, [TSC, '-p', dir, '--extendedDiagnostics'], { cwd: dir });
  return { name, instantiations: metric(stdout, 'Instantiations'), types: metric(stdout, 'Types'), checkTimeSeconds: metric(stdout, 'Check time') };
}
