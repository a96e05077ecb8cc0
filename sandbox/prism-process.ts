// Runs the Prism CLI as a child process (node + Prism's own entry file, no shell) and stops it by PID.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** The Prism version this package is tested with: its devDependency and the range of its optional peer dependency. */
export const PRISM_VERSION_RANGE = '5.14.2';
/** The one line a user without Prism sees (the sandbox command exits non-zero with it). */
export const PRISM_MISSING_MESSAGE =
  `The Antom sandbox needs Prism, an optional peer dependency of antom-pay: npm install --save-dev @stoplight/prism-cli@${PRISM_VERSION_RANGE}`;

/** Thrown when `@stoplight/prism-cli` cannot be resolved from this package (it is not installed). */
export class PrismMissingError extends Error {
  override readonly name = 'PrismMissingError';
  constructor(options?: ErrorOptions) {
    super(PRISM_MISSING_MESSAGE, options);
  }
}

/**
 * Path of Prism's CLI entry file, resolved from this package (so from the consumer's node_modules once installed).
 * Resolved on demand: the client and the test-key exports must load without Prism.
 *
 * @throws PrismMissingError when Prism is not installed.
 */
export function resolvePrismEntry(): string {
  try {
    return createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  } catch (error) {
    throw new PrismMissingError({ cause: error });
  }
}
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const KEPT_LINES = 40;

/** `mock` serves the spec's examples; `proxy` forwards to `upstream` and validates both directions. */
export type PrismStartOptions = (
  | { mode: 'mock'; specPath: string; port: number }
  | { mode: 'proxy'; specPath: string; port: number; upstream: string }
) & {
  /** A folder of the caller's (the spec copy's) that Prism removes if the caller dies without stopping it. */
  ownedDir?: string;
};

/**
 * Loaded into Prism's process before Prism: when its standard input ends, the process that started it is gone
 * (killed with SIGKILL, say, which no exit handler sees), so it removes the caller's folder and exits instead of
 * serving on as an orphan. A data: URL, so the package ships no extra file for it.
 */
const ORPHAN_GUARD =
  "import { rmSync } from 'node:fs'; const dir = process.env.ANTOM_PRISM_OWNED_DIR; delete process.env.ANTOM_PRISM_OWNED_DIR;" +
  " process.stdin.on('end', () => { if (dir) rmSync(dir, { recursive: true, force: true }); process.exit(0); });" +
  " process.stdin.on('error', () => undefined); process.stdin.resume();";

export interface PrismProcess {
  pid: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Last lines Prism printed (stdout and stderr), for error messages. */
  recentOutput(): string;
  /** Kills Prism by PID (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `prism <mode> -h 127.0.0.1 -p <port> --errors <spec> [-v fatal | upstream]` and resolves once it answers HTTP.
 * `onLine` receives each line Prism prints (ANSI colours removed).
 *
 * @throws when Prism exits before it answers or is not ready within 60 s (the process is killed first).
 */
export async function startPrism(options: PrismStartOptions, onLine?: (line: string) => void): Promise<PrismProcess> {
  const args = ['--import', `data:text/javascript,${encodeURIComponent(ORPHAN_GUARD)}`, resolvePrismEntry(), options.mode, '-h', '127.0.0.1', '-p', String(options.port), '--errors', options.specPath];
  // Prism's CLI logs each request with its body and re-parses its own log lines with jsonrepair, which turns some
  // valid lines into an array (e.g. a body holding "uU[\u{db29f}\u{ba49d}" and " &}|d:o"); formatting that line
  // throws and ends the process. The mock reads no log line, so it keeps only fatal ones; the proxy reads the
  // validation lines and keeps the default level.
  if (options.mode === 'mock') args.push('-v', 'fatal');
  if (options.mode === 'proxy') args.push(options.upstream);
  // Prism's standard input is a pipe from this process that is never written to: it ends only when this process does.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...(options.ownedDir === undefined ? {} : { ANTOM_PRISM_OWNED_DIR: options.ownedDir }) };
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  if (child.pid === undefined) throw new Error('Prism could not be spawned');
  const pid = child.pid;

  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      // Strip ANSI colour codes in case Prism colours its output anyway.
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      onLine?.(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  // A crashed test run or a killed CLI must not leave Prism behind.
  const killOnExit = (): void => void tryKill(pid, 'SIGKILL');
  process.once('exit', killOnExit);

  const origin = `http://127.0.0.1:${options.port}`;
  const recentOutput = (): string => lines.join('\n');
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (hasExited) return;
    tryKill(pid, 'SIGTERM');
    const timer = setTimeout(() => tryKill(pid, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(origin))) {
    if (hasExited) throw new Error(`Prism exited before it was ready:\n${recentOutput()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism did not answer on ${origin} within ${READY_TIMEOUT_MS} ms:\n${recentOutput()}`);
    }
    await sleep(150);
  }
  return { pid, origin, recentOutput, stop };
}

/** Any HTTP answer (Prism says 404 for `/`) means the server is up. */
async function answers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function tryKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
