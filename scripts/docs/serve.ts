// `npm run docs:serve [-- --port N]`: serves site/ on 127.0.0.1 (default port 8080, 0 = any free port).
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DOCS_PATHS } from './paths.ts';
import { startStaticServer } from './static-server.ts';

export { startStaticServer } from './static-server.ts';
export type { StaticServer } from './static-server.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new Error(`--port must be an integer from 0 to 65535, got ${value}`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
  const port = parsePort(values.port);
  if (!existsSync(DOCS_PATHS.indexHtml)) {
    throw new Error('site/index.html is missing: run `npm run docs` first');
  }
  const server = await startStaticServer(DOCS_PATHS.siteDir, port);
  console.log(`docs: serving site/ at ${server.url} (Ctrl+C to stop)`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    console.error(`docs:serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
