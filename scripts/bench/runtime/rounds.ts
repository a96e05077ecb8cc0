// Sequential calls of several peers, interleaved in rounds, on any runtime (web APIs only: bundled into
// portable-bench.ts and breakdown-bench.ts). Each round runs every peer for `calls` calls, the order rotated from
// round to round so a drift of the machine's speed does not always favour the same peer; ratios are taken within
// a round (pairs measured seconds apart), then their median over the rounds.

export interface RoundPeer {
  name: string;
  call: () => Promise<unknown>;
}

export interface RoundsConfig {
  calls: number;
  samples: number;
  warmupCalls: number;
}

export interface RoundsResult {
  /** Median per-call time of each peer, in µs. */
  perCallUs: Record<string, number>;
  /** Each peer's per-call time in every round, in µs. */
  samples: Record<string, number[]>;
  /** Each peer's time over the base peer's, in every round. */
  ratios: Record<string, number[]>;
}

/** Warms every peer up, then measures `samples` rounds; `base` names the peer the ratios are taken to. */
export async function measureRounds(peers: readonly RoundPeer[], config: RoundsConfig, base: string): Promise<RoundsResult> {
  for (const peer of peers) for (let i = 0; i < config.warmupCalls; i += 1) await peer.call();
  const samples: Record<string, number[]> = Object.fromEntries(peers.map((peer) => [peer.name, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(peers.map((peer) => [peer.name, []]));
  for (let round = 0; round < config.samples; round += 1) {
    const times: Record<string, number> = {};
    for (let index = 0; index < peers.length; index += 1) {
      const peer = peers[(index + round) % peers.length] as RoundPeer;
      const started = performance.now();
      for (let i = 0; i < config.calls; i += 1) await peer.call();
      times[peer.name] = ((performance.now() - started) * 1000) / config.calls;
    }
    for (const peer of peers) {
      samples[peer.name]?.push(times[peer.name] as number);
      ratios[peer.name]?.push((times[peer.name] as number) / (times[base] ?? Number.NaN));
    }
  }
  return { perCallUs: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])), samples, ratios };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Throws unless the answer is a JSON object: a peer that got an error page back must not look fast. */
export function expectJson(value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new Error('bench peer got no JSON object back');
}
