// Starts the loopback server (server.ts) in its own process, so it has its own event loop and heap.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ROOT } from './fixtures.ts';

/** What the server reports when it stops: requests answered and its own CPU time (user + system). */
export interface ServerUsage {
  requests: number;
  cpuUs: number;
}

export interface LoopbackServer {
  origin: string;
  antomPublicKey: string;
  stop(): Promise<ServerUsage>;
}

export function startLoopbackServer(): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let newline = buffered.indexOf('\n'); newline >= 0; newline = buffered.indexOf('\n')) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  const nextLine = (): Promise<string> => new Promise((resolve) => (lines.length > 0 ? resolve(lines.shift() as string) : waiting.push(resolve)));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early with code ${code}`)));
    void nextLine().then((line) => {
      const { port, antomPublicKey } = JSON.parse(line) as { port: number; antomPublicKey: string };
      child.removeAllListeners('exit');
      resolve({
        origin: `http://127.0.0.1:${port}`,
        antomPublicKey,
        stop: async () => {
          const exited = new Promise<void>((done) => child.once('exit', () => done()));
          child.stdin?.end();
          const usage = JSON.parse(await nextLine()) as ServerUsage;
          await exited;
          return usage;
        },
      });
    });
  });
}
