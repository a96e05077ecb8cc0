// A server process of another runtime (workerd, `deno serve`, a Bun.serve entry) asked to listen on port 0 of
// 127.0.0.1: started, awaited until it prints the port the OS gave it, read (everything it printed, for the logs a
// test checks), and stopped. Port 0 leaves no window in which another process could take a port picked beforehand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ServedProcess {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything the process printed so far, stdout and stderr interleaved as they arrived. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited 5 s later. */
  close(): Promise<void>;
}

export interface ServeOptions {
  cwd: string;
  /** The whole environment of the process (nothing is inherited). */
  env: NodeJS.ProcessEnv;
  /** Matches the line the process prints once it listens; group 1 is the port. */
  listening: RegExp;
  /** How long to wait for that line (default 30 s). */
  timeoutMs?: number;
}

/** Starts `command` and resolves once it listens; rejects with its output when it exits or times out first. */
export async function serveProcess(command: string, args: readonly string[], options: ServeOptions): Promise<ServedProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let failed: Error | undefined;
  child.once('error', (error) => (failed = error));
  const append = (chunk: Buffer): void => void (output += chunk.toString('utf8'));
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const described = `${command} ${args.join(' ')}`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const port = options.listening.exec(output)?.[1];
    if (port !== undefined) return { origin: `http://127.0.0.1:${port}`, output: () => output, close };
    if (failed !== undefined) throw new Error(`${described} could not start: ${failed.message}`, { cause: failed });
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${described} exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`);
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`${described} did not listen within ${options.timeoutMs ?? 30_000} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
