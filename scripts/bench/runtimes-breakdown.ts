// `npm run bench:runtimes:breakdown [-- runtimes…] [--calls N] [--samples N] [--warmup N] [--only "prefix|prefix"]`:
// where the signed client call's time goes on each runtime (runtime/breakdown-bench.ts: peers that each add one
// part of the client's work, interleaved in the same run, medians, each also as a median of its per-round ratio
// to raw fetch + 1 sign, or to the first peer kept by --only). Explains the figures of `npm run bench:runtimes`; not a test, exit code 0. Results also
// go to artifacts/bench/runtimes-breakdown.json.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ensureRuntimes } from '../runtimes/install.ts';
import { runOnTarget, TARGETS } from '../runtimes/run.ts';
import type { Target } from '../runtimes/run.ts';
import { bundlePortable } from './runtime/cross-runtime.ts';
import { ARTIFACTS, merchantKeys, ROOT } from './runtime/fixtures.ts';
import { section, table, us, x } from './runtime/report.ts';
import { startLoopbackServer } from './runtime/server-process.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { calls: { type: 'string' }, samples: { type: 'string' }, warmup: { type: 'string' }, only: { type: 'string' } } });
const targets = (positionals.length === 0 ? TARGETS : positionals) as Target[];
for (const target of targets) if (!(TARGETS as readonly string[]).includes(target)) throw new Error(`unknown runtime ${target}; known: ${TARGETS.join(', ')}`);

const bundle = await bundlePortable(`${ROOT}scripts/bench/runtime/breakdown-bench.ts`, `${ARTIFACTS}/portable/breakdown.mjs`);
const installed = await ensureRuntimes();
const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' ');
const server = await startLoopbackServer();
const results: Record<string, unknown> = {};
try {
  const input = {
    origin: server.origin,
    privateKeyPem: merchantKeys().privatePem,
    antomPublicKeyPem: server.antomPublicKey,
    calls: Number(values.calls ?? 300),
    samples: Number(values.samples ?? 9),
    warmupCalls: Number(values.warmup ?? 200),
    only: values.only?.split('|').map((name) => name.trim()),
  };
  for (const target of targets) {
    const before = load();
    const figures = (await runOnTarget(target, bundle, input, installed, 900_000)) as { signer: string; verifier: string; base: string; perCallUs: Record<string, number>; samples: Record<string, number[]>; relative: Record<string, number> };
    results[target] = { ...figures, load: { before, after: load() } };
    const rows = Object.entries(figures.perCallUs).map(([name, value]) => {
      const list = figures.samples[name] ?? [];
      return [name, us(value), `${us(Math.min(...list))} – ${us(Math.max(...list))}`, x(figures.relative[name] ?? Number.NaN)];
    });
    process.stdout.write(`${section(`${target} (signs with ${figures.signer}, verifies with ${figures.verifier}; ${input.samples} rounds × ${input.calls} calls; load ${before} → ${load()})`)}\n`);
    process.stdout.write(`${table(['peer', 'median per call', 'range', `per-round ratio to ${figures.base}`], rows)}\n`);
  }
} finally {
  await server.stop();
  await writeFile(`${ARTIFACTS}/runtimes-breakdown.json`, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
}
