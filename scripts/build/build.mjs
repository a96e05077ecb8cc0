// `npm run build`: the published dist/. Starts from an empty dist/ (nothing stale can be packed), compiles src/,
// generated/ and sandbox/ with tsconfig.build.json (rootDir ".", so dist/ mirrors the source layout), then copies
// the files the compiled code reads at run time next to it, where its import.meta.url-relative paths look:
//   dist/generated/openapi.json   (the bundled spec: the sandbox's default spec, export `antom-pay/openapi.json`)
//   dist/sandbox/test-keys/       (TEST-ONLY keys and TLS certificate, with their README)
// `antom-pay/testing` (dist/src/testing/) needs no asset: its TEST-ONLY key text is compiled in.
// Declarations of the sandbox's internals are dropped: its only typed export is `antom-pay/sandbox` (index.d.ts:
// test-credentials.d.ts, whose key text is src/testing/'s, and the control client's, whose view types import
// nothing); the command itself and the Node-only key paths (test-keys.ts) need none.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const rootUrl = new URL('../../', import.meta.url);
const root = fileURLToPath(rootUrl);
const at = (path) => fileURLToPath(new URL(path, rootUrl));

/** Source → destination, relative to the repository root. */
const RUNTIME_ASSETS = [
  ['generated/openapi.json', 'dist/generated/openapi.json'],
  ['sandbox/test-keys', 'dist/sandbox/test-keys'],
];
/** The sandbox's declaration files kept (package.json `exports["./sandbox"].types`). */
const SANDBOX_DECLARATIONS_KEPT = new Set(['index.d.ts', 'test-credentials.d.ts', 'client/control-client.d.ts', 'client/duration.d.ts', 'control/types.d.ts']);
/** The `antom-pay-sandbox` command (package.json `bin`). */
const BIN_FILE = 'dist/sandbox/cli.js';

rmSync(at('dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
for (const [from, to] of RUNTIME_ASSETS) cpSync(at(from), at(to), { recursive: true });
chmodSync(at(BIN_FILE), 0o755);
for (const file of readdirSync(at('dist/sandbox'), { recursive: true, encoding: 'utf8' })) {
  if (file.endsWith('.d.ts') && !SANDBOX_DECLARATIONS_KEPT.has(file)) rmSync(at(`dist/sandbox/${file}`));
}
