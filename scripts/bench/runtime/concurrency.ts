// 8 calls in flight at once through our client: threadpool signing (as shipped) vs synchronous signing on the
// event loop (the 'sync-sign' build). Measures throughput and how long the event loop is held up.
import type { KeyObject } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CLIENT_ID, PAY_BODY } from './fixtures.ts';
import { median, quantile } from './stats.ts';
import type { PackageModule } from './variants.ts';

export interface ConcurrencyCase {
  name: string;
  module: PackageModule;
}

export interface ConcurrencyResult {
  name: string;
  /** Median over samples, calls per second. */
  callsPerSecond: number;
  samples: number[];
  /** Median over samples of this process's CPU time (all threads, user + system) per call, in microseconds. */
  cpuUsPerCall: number;
  /**
   * Event-loop delay in milliseconds: medians of the per-sample p50 and p99, and the largest per-sample max.
   * Each sample gets a fresh histogram: re-enabling one would count the pause in between as a delay.
   */
  loopDelayMs: { p50: number; p99: number; max: number };
}

export interface ConcurrencyOptions {
  origin: string;
  merchantKey: KeyObject;
  antomPublicKey: string;
  inFlight: number;
  callsPerSample: number;
  samples: number;
  /** Calls of the discarded warm-up run of each variant. */
  warmupCalls: number;
}

async function runSample(pay: () => Promise<unknown>, inFlight: number, calls: number): Promise<{ callsPerSecond: number; cpuUsPerCall: number }> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < calls) {
      next += 1;
      await pay();
    }
  };
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  await Promise.all(Array.from({ length: inFlight }, lane));
  const cpu = process.cpuUsage(cpuStart);
  return { callsPerSecond: calls / (Number(process.hrtime.bigint() - start) / 1e9), cpuUsPerCall: (cpu.user + cpu.system) / calls };
}

const ms = (ns: number): number => ns / 1e6;

export async function measureConcurrency(cases: readonly ConcurrencyCase[], options: ConcurrencyOptions): Promise<ConcurrencyResult[]> {
  const state = cases.map((entry) => {
    const client = entry.module.createAntomClient({
      clientId: CLIENT_ID,
      privateKey: options.merchantKey,
      antomPublicKey: options.antomPublicKey,
      baseUrl: options.origin,
    });
    return {
      entry,
      pay: () => client.pay(PAY_BODY),
      samples: [] as number[],
      cpu: [] as number[],
      delays: [] as { p50: number; p99: number; max: number }[],
    };
  });
  for (const item of state) await runSample(item.pay, options.inFlight, options.warmupCalls);
  for (let round = 0; round < options.samples; round += 1) {
    // Variants run back to back within a round, in alternating order (an even number of rounds gives each the
    // first slot equally often), so a slow spell of the VM longer than a round hits both (see pairedRatio).
    for (const item of round % 2 === 0 ? state : [...state].reverse()) {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      const sample = await runSample(item.pay, options.inFlight, options.callsPerSample);
      item.samples.push(sample.callsPerSecond);
      item.cpu.push(sample.cpuUsPerCall);
      histogram.disable();
      item.delays.push({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) });
    }
  }
  return state.map(({ entry, samples, cpu, delays }) => ({
    name: entry.name,
    callsPerSecond: median(samples),
    samples,
    cpuUsPerCall: median(cpu),
    loopDelayMs: { p50: median(delays.map((d) => d.p50)), p99: median(delays.map((d) => d.p99)), max: Math.max(...delays.map((d) => d.max)) },
  }));
}

/** Summary of the per-round throughput ratios of two variants. */
export interface PairedRatio {
  median: number;
  /** First and third quartiles of the per-round ratios. */
  q1: number;
  q3: number;
  min: number;
  max: number;
  ratios: number[];
}

/**
 * Throughput of `a` over `b` as the median of per-round ratios. The two samples of a round ran back to back, so
 * their ratio is not moved by changes in machine speed slower than a round, which a ratio of the two variants'
 * separate medians would keep.
 */
export function pairedRatio(a: ConcurrencyResult, b: ConcurrencyResult): PairedRatio {
  const ratios = a.samples.map((value, i) => value / (b.samples[i] ?? Number.NaN));
  return { median: median(ratios), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75), min: Math.min(...ratios), max: Math.max(...ratios), ratios };
}
