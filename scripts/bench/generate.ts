// `npm run bench` (part 1): how long `npm run generate` takes, next to peers generating from the same bundled
// spec in the same run. Whole-process wall time, median of N runs after a warm-up. Not a test: it prints figures
// and ratios, and writes them to artifacts/bench/generate.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandSpec, Timing } from './timing.ts';
import { formatSeconds, timeCommand } from './timing.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = new Set(process.argv.slice(2));
const RUNS = args.has('--quick') ? 3 : 5;
const LARGE_RUNS = args.has('--quick') ? 1 : 3;
const work = path.join(tmpdir(), `antom-bench-${process.pid}`);
const node = process.execPath;
const bin = (file: string) => path.join(ROOT, 'node_modules', file);
// The peer generators live in their own install (scripts/bench/peers) so that the root `npm ci` stays lean.
const PEERS_DIR = path.join(ROOT, 'scripts/bench/peers');
const peerBin = (file: string) => path.join(PEERS_DIR, 'node_modules', file);
if (!existsSync(path.join(PEERS_DIR, 'node_modules'))) {
  console.log('installing the peer generators into scripts/bench/peers (once) …');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: PEERS_DIR, stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`npm ci in ${PEERS_DIR} failed (exit ${install.status})`);
}

function fresh(dir: string): () => void {
  return () => rmSync(dir, { recursive: true, force: true });
}

interface Peer {
  readonly label: string;
  readonly command: (input: string, out: string) => string[];
}

/** Peers generate from the bundled single-file spec; ours starts from the multi-file source (more work). */
const PEERS: readonly Peer[] = [
  { label: 'openapi-typescript (types only)', command: (input, out) => [node, bin('openapi-typescript/bin/cli.js'), input, '-o', path.join(out, 'schema.ts'), '--silent'] },
  {
    label: '@hey-api/openapi-ts 0.95 (types + fetch client)',
    command: (input, out) => [node, peerBin('@hey-api/openapi-ts/bin/run.js'), '-i', input, '-o', out, '-c', '@hey-api/client-fetch', '-s', '--no-log-file'],
  },
  { label: 'orval 7.13 (types + fetch client)', command: (input, out) => [node, peerBin('orval/dist/bin/orval.js'), '-i', input, '-o', path.join(out, 'api.ts'), '--client', 'fetch'] },
];

function ours(spec: string, out: string, extra: string[] = []): string[] {
  return [node, path.join(ROOT, 'generator/bin.mjs'), '--spec', spec, '--out', out, '--quiet', ...extra];
}

function run(spec: CommandSpec, runs: number, warmups = 1): Timing {
  process.stdout.write(`  timing ${spec.label} …`);
  const timing = timeCommand(spec, runs, warmups);
  process.stdout.write(` median ${formatSeconds(timing.median)}\n`);
  return timing;
}

function table(title: string, rows: readonly Timing[], reference: Timing): string {
  const lines = [`\n${title}`, `${'tool'.padEnd(52)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  ratio to ours`];
  for (const row of rows) {
    const ratio = row === reference ? '1.00x' : `${(row.median / reference.median).toFixed(2)}x`;
    lines.push(`${row.label.padEnd(52)} ${formatSeconds(row.median).padStart(8)} ${formatSeconds(row.min).padStart(8)} ${formatSeconds(row.max).padStart(8)}  ${ratio}`);
  }
  return lines.join('\n');
}

mkdirSync(work, { recursive: true });
const bundled = path.join(ROOT, 'generated/openapi.json');
const specFile = path.join(ROOT, 'spec/openapi.yaml');
const results: Record<string, unknown> = { node: process.version, runs: RUNS };

console.log(`generate benchmark: ${RUNS} runs each after 1 warm-up (spec/openapi.yaml), whole-process wall time`);

// First run on a fresh clone: no compiled launcher, no V8 code cache (one sample; it is what a new user sees once).
rmSync(path.join(ROOT, 'node_modules/.cache/antom-generate'), { recursive: true, force: true });
const firstOut = path.join(work, 'first');
const first = run({ label: 'ours, very first run (empty caches)', command: ours(specFile, firstOut, ['--no-cache']), cwd: ROOT }, 1, 0);

const coldOut = path.join(work, 'ours');
const cold = run({ label: 'ours: npm run generate (cold: full regeneration)', command: ours(specFile, coldOut, ['--force', '--no-cache']), cwd: ROOT, before: fresh(coldOut) }, RUNS);
const cachedOut = path.join(work, 'cached');
timeCommand({ label: 'prime', command: ours(specFile, cachedOut), cwd: ROOT }, 1, 0);
const rerun = run({ label: 'ours: re-run with nothing changed', command: ours(specFile, cachedOut), cwd: ROOT }, RUNS);
const peers = PEERS.map((peer, i) => {
  const out = path.join(work, `peer-${i}`);
  return run({ label: peer.label, command: peer.command(bundled, out), cwd: work, before: fresh(out) }, RUNS);
});

const sourceFiles = readdirSync(path.join(ROOT, 'spec'), { recursive: true }).filter((f) => /\.ya?ml$/.test(String(f))).length;
console.log(table(`spec/openapi.yaml (${sourceFiles} source files; peers read the bundled generated/openapi.json)`, [cold, rerun, ...peers, first], cold));
const openapiTypescript = peers[0]!;
const heyApi = peers[1]!;
const orval = peers[2]!;
console.log('\ntargets');
console.log(`  cold generate <= 1.50 s: ${formatSeconds(cold.median)} ${cold.median <= 1.5 ? 'PASS' : 'MISS'}`);
const toPeer = cold.median / openapiTypescript.median;
console.log(`  cold generate <= 0.6x openapi-typescript alone on the bundle: ${toPeer.toFixed(2)}x ${toPeer <= 0.6 ? 'PASS' : 'MISS'}`);
console.log(`  faster than hey-api: ${(heyApi.median / cold.median).toFixed(2)}x ${cold.median < heyApi.median ? 'PASS' : 'MISS'}`);
console.log(`  faster than orval: ${(orval.median / cold.median).toFixed(2)}x ${cold.median < orval.median ? 'PASS' : 'MISS'}`);
console.log(`  re-run with nothing changed <= 0.30 s: ${formatSeconds(rerun.median)} ${rerun.median <= 0.3 ? 'PASS' : 'MISS'}`);
results.spec = { sourceFiles, first, cold, rerun, peers };

if (!args.has('--skip-large')) {
  const stripe = path.join(ROOT, '../shared/specs/stripe-spec3.yaml');
  console.log(`\nlarge spec: Stripe (../shared/specs/stripe-spec3.yaml, 4.2 MB, 468 operations), ${LARGE_RUNS} run(s) after 1 warm-up`);
  const largeOut = path.join(work, 'stripe-ours');
  const large = run({ label: 'ours (--lenient: Stripe 3.0 has struct warnings)', command: ours(stripe, largeOut, ['--force', '--no-cache', '--lenient']), cwd: ROOT, before: fresh(largeOut) }, LARGE_RUNS);
  const largePeers = PEERS.map((peer, i) => {
    const out = path.join(work, `stripe-peer-${i}`);
    return run({ label: peer.label, command: peer.command(stripe, out), cwd: work, before: fresh(out) }, LARGE_RUNS);
  });
  console.log(table('Stripe spec', [large, ...largePeers], large));
  console.log(`  growth, ours: ${(large.median / cold.median).toFixed(1)}x the time for spec/openapi.yaml, for ~${Math.round(4_164_836 / 190_000)}x the bundled size`);
  results.stripe = { ours: large, peers: largePeers };
}

rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(ROOT, 'artifacts/bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'artifacts/bench/generate.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote artifacts/bench/generate.json');
