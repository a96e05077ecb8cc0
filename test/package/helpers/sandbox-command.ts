// Starts the installed `antom-pay-sandbox` command through npx in a consumer project, reads the origin and Prism's
// PID from its ready line, and stops it as Ctrl+C in a terminal does: SIGINT to the process group npx leads (npx,
// its `sh -c`, the command and Prism; npm passes signals only to the shell, which does not pass them on). The
// command is done once every holder of the output pipes has exited. SIGKILL to the group is the last resort, so
// nothing outlives the test.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { childEnv } from './run.ts';

const READY = /^Antom sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\b.*\(Prism PID (\d+)\)/;

export interface SandboxCommand {
  /** `http://127.0.0.1:<port>` */
  url: string;
  prismPid: number;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /**
   * SIGINT to the process group, then waits until npx and the command have exited and closed their output (SIGKILL
   * to the group after `graceMs`). Resolves with how npx ended and whether the grace period ran out.
   */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }>;
  /** SIGKILL to the whole process group (npx, the command, Prism): cleanup after a failed test. */
  kill(): void;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
}

/** @throws when the command exits or prints no ready line within `timeoutMs` (its process group is killed first). */
export async function startSandboxCommand(cwd: string, args: readonly string[], timeoutMs = 150_000): Promise<SandboxCommand> {
  const child = spawn('npx', ['antom-pay-sandbox', ...args], { cwd, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // 'close': npx and everything that inherited its stdout/stderr (the command itself) have exited.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const output = (): string => lines.join('\n');
  const ready = new Promise<{ url: string; prismPid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`antom-pay-sandbox printed no ready line within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        const match = READY.exec(line);
        if (match?.[1] && match[2]) {
          clearTimeout(timer);
          resolve({ url: match[1], prismPid: Number(match[2]) });
        }
      });
    }
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`antom-pay-sandbox exited (${code ?? signal}) before it was ready:\n${output()}`));
    });
  });
  let started: { url: string; prismPid: number };
  try {
    started = await ready;
  } catch (error) {
    killGroup(child);
    throw error;
  }
  const stop = async (graceMs = 20_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      killGroup(child);
    }, graceMs);
    const [result] = await Promise.all([exited, closed]);
    clearTimeout(timer);
    return { ...result, killed };
  };
  return { ...started, output, stop, kill: () => killGroup(child) };
}
