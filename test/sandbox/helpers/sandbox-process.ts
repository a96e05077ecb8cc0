// The sandbox as its own process (`npm run mock`: sandbox/cli.ts), in a process group of its own so a test can stop
// it cleanly (SIGTERM), kill it outright (SIGKILL to the group, as a crash or `kill -9` does; Prism goes with it) or
// limit what it may write (prlimit), then start it again on the same port and state file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY = /Antom sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/;

export interface SandboxProcess {
  url: string;
  pid: number;
  output(): string;
  /** SIGTERM (a clean stop); resolves once it exited. */
  stop(): Promise<void>;
  /** SIGKILL to its process group; resolves once it exited. */
  kill(): Promise<void>;
}

/** Runs sandbox/cli.ts with `args` and resolves with its exit code and output (for starts that must fail). */
export async function runSandboxCli(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}

/** Starts the sandbox on `port` with `args` (plus --no-https --quiet) and waits for its ready line. */
export async function startSandboxProcess(port: number, args: readonly string[]): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', String(port), '--no-https', '--quiet', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  let match: RegExpExecArray | null;
  while ((match = READY.exec(output)) === null) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`the sandbox did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ended = (): boolean => child.exitCode !== null || child.signalCode !== null;
  return {
    url: match[1] as string,
    pid: child.pid as number,
    output: () => output,
    async stop() {
      if (!ended()) killGroup(child, 'SIGTERM');
      await exited;
    },
    async kill() {
      if (!ended()) killGroup(child, 'SIGKILL');
      await exited;
    },
  };
}
