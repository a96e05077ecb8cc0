// `npm run docs`: renders generated/openapi.json into a self-contained site/index.html with Redoc (through
// `redocly build-docs`), then fails if the page would fetch anything from another origin.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { scanForExternalResources } from './external-resources.ts';
import { DOCS_PATHS } from './paths.ts';
import { localizeRemoteAssets } from './local-assets.ts';
import { redocOptions } from './redoc-options.ts';
import { pinInlineScripts } from './script-hashes.ts';

class DocsBuildError extends Error {
  override name = 'DocsBuildError';
}

function runRedocly(args: readonly string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(DOCS_PATHS.redoclyBin, args, {
      cwd: DOCS_PATHS.root,
      stdio: 'inherit',
      // Telemetry off: the CLI then sends nothing and tells the page (disableTelemetry) to send nothing either.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    child.once('error', (error) => reject(new DocsBuildError(`could not start ${DOCS_PATHS.redoclyBin}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new DocsBuildError(`redocly build-docs failed (${signal ?? `exit code ${String(code)}`})`));
    });
  });
}

async function assertOffline(): Promise<void> {
  const html = await readFile(DOCS_PATHS.indexHtml, 'utf8');
  if (!html.includes('"disableTelemetry":true')) {
    throw new DocsBuildError('the page was built with Redoc telemetry enabled; it would report to a remote collector');
  }
  const external = await scanForExternalResources(DOCS_PATHS.siteDir);
  if (external.length > 0) {
    const lines = external.map((item) => `  ${item.file}: ${item.kind} ${item.url}`);
    throw new DocsBuildError(`the site would load ${String(external.length)} external resource(s):\n${lines.join('\n')}`);
  }
}

async function buildDocs(): Promise<string> {
  if (!existsSync(DOCS_PATHS.bundle)) {
    throw new DocsBuildError(`${relative(DOCS_PATHS.root, DOCS_PATHS.bundle)} is missing: run \`npm run generate\` first`);
  }
  if (!existsSync(DOCS_PATHS.redoclyBin)) {
    throw new DocsBuildError(`${relative(DOCS_PATHS.root, DOCS_PATHS.redoclyBin)} is missing: run \`npm ci\` first`);
  }
  await rm(DOCS_PATHS.siteDir, { recursive: true, force: true });
  await mkdir(DOCS_PATHS.siteDir, { recursive: true });
  await runRedocly([
    'build-docs',
    relative(DOCS_PATHS.root, DOCS_PATHS.bundle),
    '--output',
    relative(DOCS_PATHS.root, DOCS_PATHS.indexHtml),
    '--template',
    relative(DOCS_PATHS.root, DOCS_PATHS.template),
    '--inlineBundle',
    '--openapi',
    JSON.stringify(redocOptions(JSON.parse(await readFile(DOCS_PATHS.bundle, 'utf8')))),
    '--lint-config',
    'off',
  ]);
  const built = localizeRemoteAssets(await readFile(DOCS_PATHS.indexHtml, 'utf8'));
  // Only the scripts written here may run: HTML in a spec's Markdown (an iframe's srcdoc) cannot bring its own.
  await writeFile(DOCS_PATHS.indexHtml, pinInlineScripts(built.text));
  await assertOffline();
  return DOCS_PATHS.indexHtml;
}

try {
  const output = await buildDocs();
  console.log(`docs: wrote ${relative(DOCS_PATHS.root, output)} (self-contained, no external resources)`);
} catch (error) {
  const message = error instanceof DocsBuildError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`docs: ${message}`);
  process.exitCode = 1;
}
