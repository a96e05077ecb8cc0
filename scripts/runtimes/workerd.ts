// A bundled Worker served by workerd, run directly with a small config (what wrangler dev builds for it, without
// Miniflare): one ES module, the compatibility date below, nodejs_compat on request, text bindings for `env`, on
// port 0 of 127.0.0.1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProcess } from './serve.ts';
import type { ServedProcess } from './serve.ts';

/**
 * workerd's compatibility date for both modes. Before 2026-08-04, so nodejs_compat is off unless the flag is
 * given (from that date on it is the default): the date most Workers in use today have.
 */
export const WORKERD_COMPATIBILITY_DATE = '2025-09-01';

export interface WorkerOptions {
  /** The workerd binary. */
  workerd: string;
  /** The bundled module; its default export is the Worker. */
  script: string;
  nodejsCompat: boolean;
  /** Text bindings the Worker receives in `env` (as `wrangler secret put` gives them). */
  bindings?: Readonly<Record<string, string>>;
}

/** Serves the Worker; `close()` stops workerd and deletes its folder. */
export async function startWorkerd(options: WorkerOptions): Promise<ServedProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'antom-workerd-'));
  const bindings = options.bindings ?? {};
  // The values reach workerd through its environment (`fromEnvironment`), so no secret is written to the config.
  const names = Object.keys(bindings).map((name) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a binding name: ${JSON.stringify(name)}`);
    return `(name = "${name}", fromEnvironment = "${name}")`;
  });
  try {
    await writeFile(join(dir, 'worker.mjs'), options.script);
    // The worker's fetch reaches loopback only through an `internet` service that allows "local" addresses
    // (workerd's default allows "public" ones only); Miniflare sets up the same.
    await writeFile(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.mjs", esModule = embed "worker.mjs") ],
  compatibilityDate = "${WORKERD_COMPATIBILITY_DATE}",
  compatibilityFlags = [${options.nodejsCompat ? '"nodejs_compat"' : ''}],
  bindings = [${names.join(', ')}],
);
`,
    );
    const served = await serveProcess(options.workerd, ['serve', join(dir, 'config.capnp')], {
      cwd: dir,
      env: { ...bindings },
      listening: /^Listening on http:\/\/127\.0\.0\.1:(\d+)$/m,
    });
    return {
      ...served,
      close: async () => {
        await served.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
