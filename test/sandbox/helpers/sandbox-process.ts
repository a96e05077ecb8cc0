// The sandbox as its own process (`npm run mock`: sandbox/cli.ts), in a process group of its own so a test can stop
// it cleanly (SIGTERM), kill it outright (SIGKILL to the group, as a crash or `kill -9` does; Prism goes with it) or
// limit what it may write (prlimit), then start it again on the same port and state file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { findFreePort } from '../../../sandbox/free-port.ts';
import { startMerchant } from './merchant.ts';
import type { Merchant } from './merchant.ts';

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

export interface RestartHarness {
  /** A path in the file's own temporary folder. */
  file(name: string): string;
  merchant(): Merchant;
  /** Starts the sandbox on the file's one port (the same across restarts); every start is killed after the file. */
  start(args: readonly string[]): Promise<SandboxProcess>;
}

/** For a test file that restarts sandboxes: a temporary folder, one port, a local merchant; all cleaned up after. */
export function restartHarness(): RestartHarness {
  let dir = '';
  let port = 0;
  let merchant: Merchant | undefined;
  const started: SandboxProcess[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'antom-sandbox-state-'));
    port = await findFreePort();
    merchant = await startMerchant();
  });
  afterAll(async () => {
    for (const sandbox of started) await sandbox.kill();
    await merchant?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  return {
    file: (name) => join(dir, name),
    merchant: () => merchant as Merchant,
    async start(args) {
      const sandbox = await startSandboxProcess(port, args);
      started.push(sandbox);
      return sandbox;
    },
  };
}
