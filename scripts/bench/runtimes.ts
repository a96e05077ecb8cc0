// `npm run bench:runtimes`: only the per-runtime section of `npm run bench:runtime` (signed client call / raw fetch
// + 1 sign on Node 20/22/24, Bun, Deno, workerd with and without nodejs_compat, edge-runtime), for a quicker run.
// `-- bun deno` limits it to those runtimes; `--samples N` / `--calls N` change the rounds (default 7 × 1000). Results also go to artifacts/bench/runtimes.json. Not a test: the
// exit code is 0 whatever the ratios; a runtime that fails to run is reported as FAILED (exit code 1).
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { TARGETS } from '../runtimes/run.ts';
import type { Target } from '../runtimes/run.ts';
import { CROSS_RUNTIME_CONFIG, crossRuntimeReport, measureAcrossRuntimes } from './runtime/cross-runtime.ts';
import { ARTIFACTS, merchantKeys } from './runtime/fixtures.ts';
import { startLoopbackServer } from './runtime/server-process.ts';

const { values, positionals: asked } = parseArgs({ allowPositionals: true, options: { samples: { type: 'string' }, calls: { type: 'string' } } });
const config = { ...CROSS_RUNTIME_CONFIG, samples: Number(values.samples ?? CROSS_RUNTIME_CONFIG.samples), calls: Number(values.calls ?? CROSS_RUNTIME_CONFIG.calls) };
for (const value of [config.samples, config.calls]) if (!Number.isSafeInteger(value) || value < 1) throw new Error('--samples and --calls take a positive integer');
const unknown = asked.filter((name) => !(TARGETS as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`unknown runtime(s) ${unknown.join(', ')}; known: ${TARGETS.join(', ')}`);
const targets = asked.length === 0 ? TARGETS : (asked as Target[]);

const loadAtStart = loadavg().map((v) => v.toFixed(2)).join(' ');
const server = await startLoopbackServer();
try {
  const input = { origin: server.origin, privateKeyPem: merchantKeys().privatePem, antomPublicKeyPem: server.antomPublicKey, ...config };
  const results = await measureAcrossRuntimes(input, targets, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`${crossRuntimeReport(results, input)}\n`);
  const loadAtEnd = loadavg().map((v) => v.toFixed(2)).join(' ');
  process.stdout.write(`load average at start ${loadAtStart}, at end ${loadAtEnd}\n`);
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(`${ARTIFACTS}/runtimes.json`, `${JSON.stringify({ date: new Date().toISOString(), loadAverage: { start: loadAtStart, end: loadAtEnd }, config, results }, null, 2)}\n`);
  if (results.some((result) => result.error !== undefined)) process.exitCode = 1;
} finally {
  await server.stop();
}
