// Starts the loopback server (server.ts) in its own process, so it has its own event loop and heap.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ROOT } from './fixtures.ts';

export interface LoopbackServer {
  origin: string;
  antomPublicKey: string;
  stop(): Promise<void>;
}

export function startLoopbackServer(): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline < 0) return;
      const { port, antomPublicKey } = JSON.parse(buffered.slice(0, newline)) as { port: number; antomPublicKey: string };
      child.removeAllListeners('exit');
      resolve({
        origin: `http://127.0.0.1:${port}`,
        antomPublicKey,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.stdin?.end();
          }),
      });
    });
  });
}
