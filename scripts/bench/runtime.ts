// Runtime benchmark of the antom-pay client (`npm run bench:runtime`). One run measures, on loopback, the peers
// side by side and prints figures and ratios; results also go to artifacts/bench/runtime.json.
// Not a test: targets are reported as PASS/MISS and the exit code is 0 either way. Wall-clock figures are only
// meaningful on an otherwise idle machine; the load average is printed so a noisy run can be recognised.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { BUNDLES, bundleSize, tableOnlyString } from './runtime/bundle-size.ts';
import { measureConcurrency, pairedRatio } from './runtime/concurrency.ts';
import { CROSS_RUNTIME_CONFIG, crossRuntimeReport, measureAcrossRuntimes } from './runtime/cross-runtime.ts';
import { ARTIFACTS, merchantKeys } from './runtime/fixtures.ts';
import { HTTP_PEERS, httpPeers } from './runtime/http-cases.ts';
import { int, kb, msText, section, table, us, verdictLine, x } from './runtime/report.ts';
import type { Verdict } from './runtime/report.ts';
import { startLoopbackServer } from './runtime/server-process.ts';
import { SIGN_PEERS, signingPeers } from './runtime/signing.ts';
import { sampleRoundRobin, summarize } from './runtime/stats.ts';
import type { Summary } from './runtime/stats.ts';
import { emitDeclarations, typeCost } from './runtime/type-cost.ts';
import { loadVariant } from './runtime/variants.ts';

const CONFIG = {
  http: { calls: 2000, samples: 5, warmupCalls: 500 },
  signing: { ops: 300, samples: 7, warmupOps: 100 },
  concurrency: { inFlight: 8, callsPerSample: 800, samples: 10, warmupCalls: 800 },
};

const started = performance.now();
const log = (text: string): void => void process.stdout.write(`${text}\n`);
const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' ');
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const loadAtStart = load();
log(`antom-pay runtime benchmark — node ${process.version}, ${cpus().length} × ${cpu}, loopback HTTP/1.1 keep-alive, load average ${loadAtStart}`);
log(
  `method: per peer, median of ${CONFIG.http.samples} samples × ${CONFIG.http.calls} sequential calls (after ${CONFIG.http.warmupCalls} warm-up calls), ` +
    'peers interleaved round-robin; server in its own process; cpu = this process (all threads) per call',
);

const keys = merchantKeys();
const server = await startLoopbackServer();
let stopped = false;
try {
  const [real, noCrypto, syncSign] = await Promise.all([loadVariant('real'), loadVariant('no-crypto'), loadVariant('sync-sign')]);
  const base = { origin: server.origin, merchantKey: keys.privateKey, antomPublicKey: server.antomPublicKey };

  const http = summarize(await sampleRoundRobin(httpPeers({ ...base, real, noCrypto, syncSign, calls: CONFIG.http.calls }), CONFIG.http.samples, CONFIG.http.warmupCalls));
  const sign = summarize(await sampleRoundRobin(signingPeers(keys, CONFIG.signing.ops), CONFIG.signing.samples, CONFIG.signing.warmupOps));
  const wall = (m: Record<string, Summary>, name: string): number => m[name]?.wallUs ?? Number.NaN;
  const t = {
    raw: wall(http, HTTP_PEERS.rawFetch),
    rawSigned: wall(http, HTTP_PEERS.rawFetchSigned),
    rawHttp: wall(http, HTTP_PEERS.rawHttp),
    rawHttpSigned: wall(http, HTTP_PEERS.rawHttpSigned),
    bare: wall(http, HTTP_PEERS.openapiFetch),
    noCrypto: wall(http, HTTP_PEERS.oursNoCrypto),
    syncSign: wall(http, HTTP_PEERS.oursSyncSign),
    full: wall(http, HTTP_PEERS.oursFull),
    signCached: wall(sign, SIGN_PEERS.cached),
    signPem: wall(sign, SIGN_PEERS.pemEachCall),
    signAsync: wall(sign, SIGN_PEERS.asyncAlone),
    verify: wall(sign, SIGN_PEERS.verify),
  };

  log(section('sequential calls on loopback (median per call)'));
  log(
    table(
      ['peer', 'wall µs/call', 'req/s', 'vs raw fetch', 'min..max µs', 'cpu µs/call'],
      Object.values(HTTP_PEERS).map((name) => {
        const s = http[name];
        const w = s?.wallUs ?? Number.NaN;
        return [name, us(w), int(1e6 / w), x(w / t.raw), `${int(s?.minWallUs ?? 0)}..${int(s?.maxWallUs ?? 0)}`, us(s?.cpuUs ?? Number.NaN)];
      }),
    ),
  );

  log(section('RSA-2048 (median per operation)'));
  log(table(['operation', 'µs/op', 'ops/s', 'cpu µs/op'], Object.values(SIGN_PEERS).map((name) => [name, us(wall(sign, name)), int(1e6 / wall(sign, name)), us(sign[name]?.cpuUs ?? Number.NaN)])));

  const layerStubbed = t.noCrypto - t.bare;
  const layerSubtracted = t.full - t.bare - t.signCached - t.verify;
  const layerSubtractedAsync = t.full - t.bare - t.signAsync - t.verify;
  log(section('our layer over bare openapi-fetch, signing excluded'));
  log('(A) RSA stubbed: our client from a bench-only esbuild build whose src/signing/rsa.ts returns constants (src/ untouched),');
  log(`    minus bare openapi-fetch: ${us(t.noCrypto)} − ${us(t.bare)} = ${us(layerStubbed)}`);
  log(`(B) subtraction: signed+verified call − openapi-fetch − 1 sign (cached, sync) − 1 verify = ${us(t.full)} − ${us(t.bare)} − ${us(t.signCached)} − ${us(t.verify)} = ${us(layerSubtracted)}`);
  log(`    with the threadpool sign awaited alone instead of the sync sign: ${us(layerSubtractedAsync)}`);

  log(section('signed + verified call beyond raw node:http + 1 sign (its transport), by part (differences of the HTTP peers above; they add up exactly)'));
  const parts: [string, number][] = [
    ['our layer (RSA-stubbed build − raw node:http)', t.noCrypto - t.rawHttp],
    ['sign + verify in our client (sync-sign build − RSA-stubbed build)', t.syncSign - t.noCrypto],
    ['  minus the one sign inside raw node:http + 1 sign', -(t.rawHttpSigned - t.rawHttp)],
    ['threadpool hand-off (shipped − sync-sign build)', t.full - t.syncSign],
  ];
  log(table(['part', 'µs/call'], [
    ...parts.map(([name, value]) => [name, us(value)]),
    ['= signed call − (raw node:http + 1 sign)', us(t.full - t.rawHttpSigned)],
  ]));
  log(`for comparison, isolated micro-benchmarks: 1 verify ${us(t.verify)}; threadpool sign − sync sign, each awaited alone ${us(t.signAsync - t.signCached)}`);

  const concurrency = await measureConcurrency(
    [
      { name: 'async signing (threadpool, as shipped)', module: real },
      { name: 'sync signing (signRsaSha256 on the loop)', module: syncSign },
    ],
    { ...base, ...CONFIG.concurrency },
  );
  const [asyncRun, syncRun] = concurrency;
  log(section(`${CONFIG.concurrency.inFlight} concurrent signed + verified calls (median of ${CONFIG.concurrency.samples} × ${CONFIG.concurrency.callsPerSample} calls; loop delay: median of per-sample p50 and p99, largest max)`));
  log(table(['variant', 'calls/s', 'cpu µs/call', 'loop delay p50', 'p99', 'max'], concurrency.map((c) => [
    c.name, int(c.callsPerSecond), us(c.cpuUsPerCall), msText(c.loopDelayMs.p50), msText(c.loopDelayMs.p99), msText(c.loopDelayMs.max),
  ])));
  if (!asyncRun || !syncRun) throw new Error('concurrency run returned no results');
  const paired = pairedRatio(asyncRun, syncRun);
  const concurrencyRatio = paired.median;
  log(
    `throughput async / sync signing, per round: ${paired.ratios.map(x).join(' ')}; median ${x(concurrencyRatio)}, ` +
      `quartiles ${x(paired.q1)}..${x(paired.q3)}, range ${x(paired.min)}..${x(paired.max)}; ratio of the medians above ${x(asyncRun.callsPerSecond / syncRun.callsPerSecond)}`,
  );

  const bundles = {
    openapiFetch: await bundleSize(BUNDLES.openapiFetch.name, BUNDLES.openapiFetch.source),
    client: await bundleSize(BUNDLES.client.name, BUNDLES.client.source),
    clientTable: await bundleSize(BUNDLES.clientTable.name, BUNDLES.clientTable.source),
    clientInterpret: await bundleSize(BUNDLES.clientInterpret.name, BUNDLES.clientInterpret.source),
  };
  const tableString = tableOnlyString();
  const treeShaken = !bundles.client.text.includes(tableString) && bundles.clientTable.text.includes(tableString);
  log(section('consumer bundle (esbuild bundle + minify, platform node, ESM, only node built-ins external; gzip -9)'));
  log(table(['consumer', 'minified', 'gzip'], Object.values(bundles).map((b) => [b.name, kb(b.minifiedBytes), kb(b.gzipBytes)])));
  log(`client + signing over openapi-fetch alone: +${kb(bundles.client.gzipBytes - bundles.openapiFetch.gzipBytes)} gzip; result table: +${kb(bundles.clientTable.gzipBytes - bundles.client.gzipBytes)} gzip`);
  log(`table text ${JSON.stringify(`${tableString.slice(0, 32)}…`)} absent from the client-only bundle and present once lookupResultCode is used: ${treeShaken ? 'yes' : 'NO'}`);

  await emitDeclarations();
  const types = { empty: await typeCost('empty'), openapiFetch: await typeCost('openapiFetch'), antom: await typeCost('antom') };
  log(section('type-checking cost (tsc --extendedDiagnostics --noEmit; strict, skipLibCheck; the package seen through its emitted .d.ts)'));
  log(table(['consumer', 'instantiations', 'types', 'check time'], Object.values(types).map((c) => [c.name, int(c.instantiations), int(c.types), `${c.checkTimeSeconds.toFixed(2)} s`])));
  const typeRatio = types.antom.instantiations / types.openapiFetch.instantiations;

  // Last, so the Node figures above are not measured while another runtime warms up: the same signed call on every
  // runtime, as a ratio to that runtime's own raw fetch + 1 sign (also alone: npm run bench:runtimes).
  log(section('other runtimes (each in its own process, one after the other)'));
  const crossInput = { origin: server.origin, privateKeyPem: keys.privatePem, antomPublicKeyPem: server.antomPublicKey, ...CROSS_RUNTIME_CONFIG };
  const runtimes = await measureAcrossRuntimes(crossInput, undefined, log);
  log(crossRuntimeReport(runtimes, crossInput));

  const tableCost = bundles.clientTable.gzipBytes - bundles.client.gzipBytes;
  const verdicts: Verdict[] = [
    { label: 'our layer over openapi-fetch, signing excluded (A, RSA stubbed)', value: us(layerStubbed), target: '<= 50 µs', pass: layerStubbed <= 50 },
    { label: 'our layer over openapi-fetch, signing excluded (B, subtraction)', value: us(layerSubtracted), target: '<= 50 µs', pass: layerSubtracted <= 50 },
    { label: 'signed call / (raw fetch + sign)', value: x(t.full / t.rawSigned), target: '<= 1.10x', pass: t.full / t.rawSigned <= 1.1 },
    {
      label: 'signed call / (raw node:http + sign), like for like (same transport; our own bar, not the issue\'s)',
      value: x(t.full / t.rawHttpSigned),
      target: '<= 1.10x',
      pass: t.full / t.rawHttpSigned <= 1.1,
    },
    {
      label: `${CONFIG.concurrency.inFlight} concurrent calls, throughput async / sync signing (median of per-round ratios)`,
      value: x(concurrencyRatio),
      target: '>= 1.50x',
      pass: concurrencyRatio >= 1.5,
    },
    {
      label: 'consumer bundle, client + signing (min+gz)',
      value: `${int(bundles.client.gzipBytes)} B`,
      target: '<= 4,500 B',
      pass: bundles.client.gzipBytes <= 4500,
    },
    {
      label: 'result table added to the bundle when used (min+gz)',
      value: `${int(tableCost)} B`,
      target: '<= 3,000 B',
      pass: tableCost <= 3000,
    },
    { label: 'type instantiations, antom client / bare openapi-fetch', value: x(typeRatio), target: '<= 1.10x', pass: typeRatio <= 1.1 },
    ...runtimes.map((result) => ({
      label: `${result.target}: signed call / (raw fetch + 1 sign) on that runtime`,
      value: result.ratio === undefined ? `failed: ${result.error}` : x(result.ratio),
      target: '<= 1.10x',
      pass: result.ratio !== undefined && result.ratio <= 1.1,
    })),
    { label: 'result table tree-shaken when unused', value: treeShaken ? 'yes' : 'no', target: 'yes', pass: treeShaken },
  ];
  log(section('ratios and targets'));
  log(`sign, PEM parsed every call / cached KeyObject = ${x(t.signPem / t.signCached)}`);
  log(`openapi-fetch / raw fetch = ${x(t.bare / t.raw)}; raw node:http / raw fetch = ${x(t.rawHttp / t.raw)}`);
  log(`${CONFIG.concurrency.inFlight} in flight: throughput async / sync signing = ${x(concurrencyRatio)}; loop delay p99 sync / async = ${x(syncRun.loopDelayMs.p99 / asyncRun.loopDelayMs.p99)}`);
  for (const verdict of verdicts) log(verdictLine(verdict));
  const serverUsage = await server.stop();
  stopped = true;
  const serverCpuPerRequest = serverUsage.cpuUs / serverUsage.requests;
  log(`\nbench server (bare TCP responder, own process): ${int(serverUsage.requests)} requests, ${us(serverCpuPerRequest)} CPU per request`);
  const seconds = (performance.now() - started) / 1000;
  const loadAtEnd = load();
  log(`total ${seconds.toFixed(1)} s; load average at start ${loadAtStart}, at end ${loadAtEnd}`);

  await mkdir(ARTIFACTS, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    config: CONFIG,
    sequentialPerCall: http,
    signingPerOp: sign,
    ourLayerUs: { stubbed: layerStubbed, subtracted: layerSubtracted, subtractedWithAsyncSign: layerSubtractedAsync },
    signedCallParts: Object.fromEntries(parts),
    ratios: {
      signedOverRawFetchPlusSign: t.full / t.rawSigned,
      signedOverRawHttpPlusSign: t.full / t.rawHttpSigned,
      pemOverCachedSign: t.signPem / t.signCached,
      openapiFetchOverRawFetch: t.bare / t.raw,
      concurrencyAsyncOverSync: concurrencyRatio,
      concurrencyAsyncOverSyncPerRound: paired.ratios,
      typeInstantiations: typeRatio,
    },
    concurrency,
    bundles: Object.fromEntries(Object.entries(bundles).map(([k, b]) => [k, { name: b.name, minifiedBytes: b.minifiedBytes, gzipBytes: b.gzipBytes }])),
    resultTableTreeShaken: treeShaken,
    typeCost: types,
    runtimes,
    verdicts,
    serverCpuUsPerRequest: serverCpuPerRequest,
    seconds,
  };
  await writeFile(`${ARTIFACTS}/runtime.json`, `${JSON.stringify(json, null, 2)}\n`);
  log('results written to artifacts/bench/runtime.json');
} finally {
  if (!stopped) await server.stop();
}
