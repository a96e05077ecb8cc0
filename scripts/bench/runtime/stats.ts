// Timing helpers: medians, and peers sampled round-robin so drift (thermal, GC, other load) hits all alike.

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) with linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const lower = sorted[low] ?? Number.NaN;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (upper - lower) * (position - low);
}

export interface Peer {
  name: string;
  /** One operation; awaited before the next (operations are sequential). */
  run: () => unknown;
  /** Operations per sample. */
  ops: number;
}

export interface Sample {
  /** Wall-clock microseconds per operation. */
  wallUs: number;
  /** Process CPU (user + system, all threads, so threadpool signing counts) microseconds per operation. */
  cpuUs: number;
}

export async function timeSequential(peer: Peer, ops = peer.ops): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i += 1) await peer.run();
  const wallUs = Number(process.hrtime.bigint() - start) / 1000 / ops;
  const used = process.cpuUsage(cpu);
  return { wallUs, cpuUs: (used.user + used.system) / ops };
}

/**
 * One warm-up round of `warmupOps` per peer (discarded), then `samples` rounds; every round runs each peer
 * once, in order. Returns the samples of each peer.
 */
export async function sampleRoundRobin(peers: readonly Peer[], samples: number, warmupOps: number): Promise<Map<string, Sample[]>> {
  for (const peer of peers) await timeSequential(peer, warmupOps);
  const results = new Map<string, Sample[]>(peers.map((peer) => [peer.name, []]));
  for (let round = 0; round < samples; round += 1) {
    for (const peer of peers) results.get(peer.name)?.push(await timeSequential(peer));
  }
  return results;
}

export interface Summary {
  wallUs: number;
  cpuUs: number;
  /** Smallest and largest sample (wall), to show the spread. */
  minWallUs: number;
  maxWallUs: number;
}

export function summarize(samples: Map<string, Sample[]>): Record<string, Summary> {
  return Object.fromEntries(
    [...samples].map(([name, list]) => {
      const walls = list.map((s) => s.wallUs);
      return [name, { wallUs: median(walls), cpuUs: median(list.map((s) => s.cpuUs)), minWallUs: Math.min(...walls), maxWallUs: Math.max(...walls) }];
    }),
  );
}
