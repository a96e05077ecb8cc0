// ANTOM_GENERATE_TRACE=1 prints, on stderr, when each step of a run is reached: milliseconds since the process
// started, and the thread. For finding where a run's time goes; off (one env lookup) otherwise.
import { isMainThread } from 'node:worker_threads';

const on = process.env.ANTOM_GENERATE_TRACE === '1';
if (on && isMainThread) process.env.ANTOM_GENERATE_TRACE_ORIGIN ??= String(performance.timeOrigin);
const origin = Number(process.env.ANTOM_GENERATE_TRACE_ORIGIN ?? performance.timeOrigin);

export function trace(step: string): void {
  if (on) process.stderr.write(`trace ${(performance.timeOrigin + performance.now() - origin).toFixed(1).padStart(7)} ms ${isMainThread ? 'main  ' : 'worker'} ${step}\n`);
}
