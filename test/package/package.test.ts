// End-to-end check of the published package: build, `npm pack`, install the tarball into fresh consumer projects
// (NodeNext and bundler resolution), type-check a merchant's code under strict settings, run it in plain Node,
// and lint the tarball with publint and attw.
//
// attw runs with `--profile esm-only`: the package is ESM-only ("type": "module", an `exports` map with only
// `types` + `default` pointing at ESM files), so the two CommonJS resolution modes are out of scope by design.
// That profile ignores exactly `node10` and `node16-cjs`; in those modes attw reports `CJSResolvesToESM`
// ("CommonJS consumers need a dynamic import"), which is the intended behaviour of an ESM-only package.
// The test also asserts that nothing else is reported, in any resolution mode.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, runOk } from './helpers/run.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const BIN = join(ROOT, 'node_modules', '.bin');

/** Strict consumer settings; skipLibCheck is off so the shipped declarations are checked too. */
const STRICT = {
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  skipLibCheck: false,
  noEmit: true,
};
const CONSUMERS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'bundler' },
} as const;
type ConsumerName = keyof typeof CONSUMERS;

let work: string;
let tarball: string;
const consumerDir = (name: ConsumerName): string => join(work, `consumer-${name}`);

async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** A fresh project that installs the tarball with the TypeScript and @types/node versions of this repo (cached). */
async function createConsumer(name: ConsumerName, devDeps: readonly string[]): Promise<void> {
  const dir = consumerDir(name);
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: { ...STRICT, ...CONSUMERS[name] }, include: ['*.ts'] }, null, 2)}\n`,
  );
  await copyFile(join(FIXTURES, 'consumer.ts'), join(dir, 'consumer.ts'));
  await copyFile(join(FIXTURES, 'smoke.mjs'), join(dir, 'smoke.mjs'));
  // --prefer-offline: the packages come from the npm cache filled by this repo's own install.
  await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...devDeps], dir);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'antom-pay-package-'));
  await runOk('npm', ['run', 'build'], ROOT);
  const packed = JSON.parse(await runOk('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as [{ filename: string }];
  tarball = join(work, packed[0].filename);
  const devDeps = [`typescript@${await installedVersion('typescript')}`, `@types/node@${await installedVersion('@types/node')}`];
  expect(devDeps[0]).toBe('typescript@5.9.3');
  expect(devDeps[1]).toMatch(/^@types\/node@20\./);
  await Promise.all((Object.keys(CONSUMERS) as ConsumerName[]).map((name) => createConsumer(name, devDeps)));
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.concurrent('the packed antom-pay package', () => {
  it('ships only dist/ and package.json', async () => {
    const listing = JSON.parse(await runOk('npm', ['pack', '--dry-run', '--json'], ROOT)) as [{ files: { path: string }[] }];
    const paths = listing[0].files.map((file) => file.path);
    expect(paths).toContain('dist/src/index.js');
    expect(paths).toContain('dist/src/index.d.ts');
    expect(paths).toContain('dist/generated/client.js');
    expect(paths.filter((path) => !path.startsWith('dist/') && path !== 'package.json' && path !== 'README.md')).toEqual([]);
    expect(paths.filter((path) => /\.test\.|^dist\/(test|scripts|generator)\//.test(path))).toEqual([]);
  });

  it('passes publint with no message of any level', async () => {
    const result = await run(join(BIN, 'publint'), ['run', tarball, '--strict', '--level', 'suggestion'], ROOT);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('passes attw for an ESM-only package (esm-only profile) and reports nothing in ESM resolution modes', async () => {
    const result = await run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], ROOT);
    expect(result.code, result.output).toBe(0);
    const report = JSON.parse(result.stdout) as { analysis: { problems: { kind: string; resolutionKind?: string }[] } };
    const outsideProfile = report.analysis.problems.filter(
      (problem) => !(problem.kind === 'CJSResolvesToESM' && (problem.resolutionKind === 'node16-cjs' || problem.resolutionKind === 'node10')),
    );
    expect(outsideProfile).toEqual([]);
  });

  for (const name of Object.keys(CONSUMERS) as ConsumerName[]) {
    it(`type-checks a strict ${name} consumer with tsc --noEmit`, async () => {
      const dir = consumerDir(name);
      const result = await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], dir);
      expect(result.code, result.output).toBe(0);
    });
  }

  it('runs in plain Node from the tarball: signed pay, forged response, garbage key, result table', async () => {
    const dir = consumerDir('nodenext');
    const report = JSON.parse(await runOk(process.execPath, ['smoke.mjs'], dir)) as Record<string, unknown>;
    expect(report['baseUrl']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ams\/sandbox\/api$/);
    expect(report['outcome']).toEqual({ kind: 'redirect', url: 'https://cashier.example/pay?id=antom-1', paymentRequestId: 'pay-smoke-1' });
    expect(report['forged']).toBe('AntomSignatureError:bad-signature');
    expect(report['garbageKey']).toMatch(/^AntomConfigError:/);
    expect(report['garbageKey']).not.toContain('not a key at all');
    expect(report['successStatus']).toBe('S');
  });
});
