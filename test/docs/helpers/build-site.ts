// Builds the docs site the way a developer does, `npm run docs`, in a child process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function buildSite(): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'docs'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`npm run docs exited with ${String(code)}:\n${output}`));
    });
  });
}
