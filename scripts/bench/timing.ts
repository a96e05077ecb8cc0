import { spawnSync } from 'node:child_process';

export interface Timing {
  readonly label: string;
  readonly runs: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface CommandSpec {
  readonly label: string;
  readonly command: readonly string[];
  readonly cwd: string;
  /** Runs before every timed run (not timed), e.g. to clear an output folder. */
  readonly before?: () => void;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times whole processes: `warmups` untimed runs, then `runs` timed ones. A failing run aborts the benchmark. */
export function timeCommand(spec: CommandSpec, runs: number, warmups = 1): Timing {
  const once = (): number => {
    spec.before?.();
    const start = performance.now();
    const result = spawnSync(spec.command[0]!, spec.command.slice(1), { cwd: spec.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(`${spec.label} failed (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-2000)}`);
    }
    return elapsed / 1000;
  };
  for (let i = 0; i < warmups; i += 1) once();
  const samples = Array.from({ length: runs }, once);
  return { label: spec.label, runs: samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

export function formatSeconds(value: number): string {
  return `${value.toFixed(2)} s`;
}
