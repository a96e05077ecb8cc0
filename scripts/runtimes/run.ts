// Runs one ES module on a given JavaScript runtime and returns what its default export resolved to. The module is
// `export default async function main(input) { … }`: JSON in, JSON out. Used by the package tests (the same
// consumer on every runtime, from the packed tarball) and by the cross-runtime benchmark.
//
//   node, node22, node24, bun, deno   the module runs unbundled, resolving packages from its own folder's node_modules
//                                     (as a merchant's code does), through runner.mjs
//   workerd, workerd-nodejs-compat    bundled by esbuild with the conditions wrangler uses (workerd, worker,
//                                     browser), served by workerd (workerd.ts) on a free 127.0.0.1 port; the
//                                     input is POSTed
//   edge-runtime                      bundled as a script with the conditions of Vercel's edge (edge-light,
//                                     worker, browser) and evaluated in edge-runtime's VM: no process, no require,
//                                     no node:*
// The bundles are built with platform "neutral" and nothing external (with nodejs_compat, `node:*` stays external,
// as wrangler leaves it), so a `node:` import fails the build wherever the runtime would not have it.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { InstalledRuntime } from './install.ts';
import { startWorkerd } from './workerd.ts';

export const TARGETS = ['node', 'node22', 'node24', 'bun', 'deno', 'workerd', 'workerd-nodejs-compat', 'edge-runtime'] as const;
export type Target = (typeof TARGETS)[number];

/** The installed runtimes (scripts/runtimes/install.ts), by install name. */
export type Installed = Readonly<Record<string, InstalledRuntime>>;

const RUNNER = join(import.meta.dirname, 'runner.mjs');

/** Runs `entry`'s default export with `input` on `target`; rejects with the runtime's output on any failure. */
export async function runOnTarget(target: Target, entry: string, input: unknown, installed: Installed, timeoutMs = 120_000): Promise<unknown> {
  switch (target) {
    case 'node':
      return runProcess(process.execPath, [RUNNER, entry, JSON.stringify(input)], dirname(entry), timeoutMs);
    case 'node22':
    case 'node24':
    case 'bun':
      return runProcess(binary(installed, target), [RUNNER, entry, JSON.stringify(input)], dirname(entry), timeoutMs);
    case 'deno':
      return runProcess(binary(installed, 'deno'), ['run', '-A', '--no-lock', '--no-prompt', RUNNER, entry, JSON.stringify(input)], dirname(entry), timeoutMs);
    case 'workerd':
    case 'workerd-nodejs-compat':
      return runOnWorkerd(binary(installed, 'workerd'), entry, input, target === 'workerd-nodejs-compat', timeoutMs);
    case 'edge-runtime':
      return runOnEdgeRuntime(binary(installed, 'edge-runtime'), entry, input);
  }
}

export function binary(installed: Installed, name: string): string {
  const runtime = installed[name];
  if (runtime === undefined) throw new Error(`runtime ${name} is not installed (scripts/runtimes/install.ts)`);
  return runtime.path;
}

function runProcess(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' };
    execFile(command, args, { cwd, env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (error) return reject(new Error(`${command} ${args[0]} failed: ${error.message}\n${stdout}\n${stderr}`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${command} printed no JSON result:\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** The esbuild options of each bundle target. */
const BUNDLES = {
  workerd: { format: 'esm', conditions: ['workerd', 'worker', 'browser'] },
  'edge-runtime': { format: 'iife', conditions: ['edge-light', 'worker', 'browser'] },
} as const;

/**
 * Bundles `entry` for workerd or the edge runtime, its default export `main(input)` wrapped for runOnTarget. The
 * bundle may import nothing, except `node:*` modules when `nodeBuiltins` is set (workerd with nodejs_compat
 * provides them, and wrangler leaves them external there).
 */
export function bundleFor(kind: keyof typeof BUNDLES, entry: string, nodeBuiltins = false): Promise<string> {
  const wrapper =
    kind === 'workerd'
      ? `import main from ${JSON.stringify(entry)};
         export default { async fetch(request) {
           try { return Response.json({ ok: true, value: await main(await request.json()) }); }
           catch (error) { return Response.json({ ok: false, error: String(error?.stack ?? error) }); }
         } };`
      : `import main from ${JSON.stringify(entry)}; globalThis.__runMain = main;`;
  return bundle(kind, entry, wrapper, nodeBuiltins);
}

/** Bundles a Worker module as wrangler deploys it: `entry`'s default export is the Worker. */
export function bundleWorker(entry: string, nodejsCompat: boolean): Promise<string> {
  return bundle('workerd', entry, `export { default } from ${JSON.stringify(entry)};`, nodejsCompat);
}

async function bundle(kind: keyof typeof BUNDLES, entry: string, contents: string, nodeBuiltins: boolean): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dirname(entry), sourcefile: 'entry-wrapper.mjs', loader: 'js' },
    bundle: true,
    write: false,
    platform: 'neutral',
    format: BUNDLES[kind].format,
    conditions: [...BUNDLES[kind].conditions],
    mainFields: ['browser', 'module', 'main'],
    target: 'es2022',
    external: nodeBuiltins ? ['node:*'] : [],
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports.map((item) => item.path))
    .filter((path) => !(nodeBuiltins && path.startsWith('node:')));
  if (imports.length > 0) throw new Error(`the ${kind} bundle of ${entry} still imports ${imports.join(', ')}`);
  return result.outputFiles[0]?.text ?? '';
}

async function runOnWorkerd(workerd: string, entry: string, input: unknown, nodejsCompat: boolean, timeoutMs: number): Promise<unknown> {
  const worker = await startWorkerd({ workerd, script: await bundleFor('workerd', entry, nodejsCompat), nodejsCompat });
  try {
    const response = await fetch(worker.origin, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(timeoutMs) });
    const reply = (await response.json()) as { ok: boolean; value?: unknown; error?: string };
    if (!reply.ok) throw new Error(`the worker failed: ${reply.error}\n${worker.output()}`);
    return reply.value;
  } finally {
    await worker.close();
  }
}

async function runOnEdgeRuntime(packageDir: string, entry: string, input: unknown): Promise<unknown> {
  const { EdgeRuntime } = createRequire(join(packageDir, 'package.json'))('edge-runtime') as {
    EdgeRuntime: new (options: { initialCode: string }) => { evaluate<T>(code: string): Promise<T> };
  };
  const runtime = new EdgeRuntime({ initialCode: await bundleFor('edge-runtime', entry) });
  return JSON.parse(await runtime.evaluate<string>(`globalThis.__runMain(${JSON.stringify(input)}).then((value) => JSON.stringify(value))`));
}
