// Runs docs/recipes/webhooks/nextjs/ as a real Next.js app: copied into a fresh project folder under .cache/ (inside
// the repository, so `next`, `react` and `react-dom` resolve from its node_modules and `antom-pay` maps to src/
// through the project's tsconfig `paths`), built with `next build` (Turbopack, Next's own type check included) and
// served with `next start` on a free loopback port. Telemetry is off; nothing is fetched from the network.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../../sandbox/free-port.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RECIPE = join(ROOT, 'docs', 'recipes', 'webhooks', 'nextjs');
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface NextApp {
  origin: string;
  /** Seconds `next build` took, measured here. */
  buildSeconds: number;
  /** Everything `next start` printed so far. */
  output(): string;
  close(): Promise<void>;
}

/** Builds and starts the recipe with these environment variables (the Antom secrets). */
export async function startNextRecipe(env: Record<string, string>): Promise<NextApp> {
  const dir = join(ROOT, '.cache', 'webhooks-next', randomUUID());
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(RECIPE, dir, { recursive: true });
    writeProject(dir);
    const started = performance.now();
    const build = await run(['build'], dir, {});
    if (build.code !== 0) throw new Error(`next build failed (${build.code}):\n${build.output}`);
    const buildSeconds = (performance.now() - started) / 1000;
    const port = await findFreePort();
    const server = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: dir,
      env: nextEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    server.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    const stop = async (): Promise<void> => {
      await stopGroup(server);
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      await waitFor(() => /Ready in/.test(output), server, () => output);
    } catch (error) {
      await stop();
      throw error;
    }
    return { origin: `http://127.0.0.1:${port}`, buildSeconds, output: () => output, close: stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** package.json, tsconfig.json (with the values Next would otherwise add itself) and next.config.mjs. */
function writeProject(dir: string): void {
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, scripts: { build: 'next build', start: 'next start' } }, null, 2)}\n`);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'dom.iterable', 'esnext'],
      strict: true,
      noEmit: true,
      allowJs: true,
      incremental: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
      isolatedModules: true,
      skipLibCheck: true,
      esModuleInterop: true,
      resolveJsonModule: true,
      jsx: 'react-jsx',
      plugins: [{ name: 'next' }],
      // In the repository the recipe's `antom-pay` is the source; a merchant's app gets it from node_modules.
      paths: { 'antom-pay': [relative(dir, join(ROOT, 'src', 'index.ts'))] },
    },
    include: ['**/*.ts', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
    exclude: ['node_modules'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  // Turbopack's root is the repository, so the sources outside this folder are part of the build.
  writeFileSync(join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(ROOT)} } };\n`);
}

function nextEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra };
}

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd, env: nextEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function waitFor(ready: () => boolean, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!ready()) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) throw new Error(`next start did not get ready within 60 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Ends the `next start` process group this helper started (SIGTERM, then SIGKILL after 5 s). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
