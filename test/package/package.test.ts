// End-to-end check of the published package: `npm pack` (once, global setup), install the tarball into fresh
// consumer projects (NodeNext and bundler resolution), type-check a merchant's code under strict settings, run it
// in plain Node, check what the tarball holds, and lint it with publint and attw. The sandbox command with Prism
// installed is exercised in sandbox-command.test.ts; here the consumers install the client alone.
//
// attw runs with `--profile esm-only`: the package is ESM-only ("type": "module", an `exports` map with only
// `types` + `default` pointing at ESM files), so the two CommonJS resolution modes are out of scope by design.
// That profile ignores exactly `node10` and `node16-cjs`; in those modes attw reports `CJSResolvesToESM`
// ("CommonJS consumers need a dynamic import"), and `node10`, which does not read `exports`, cannot resolve the
// subpaths (`NoResolution` for `antom-pay/sandbox`, `antom-pay/testing` and `antom-pay/openapi.json`). The test asserts that nothing
// else is reported, in any resolution mode.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, createConsumer, installedVersion, ownManifest } from './helpers/consumer.ts';
import { run, runOk } from './helpers/run.ts';

const BIN = join(ROOT, 'node_modules', '.bin');
const CONSUMERS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'bundler' },
} as const;
type ConsumerName = keyof typeof CONSUMERS;

/** A Worker / edge consumer: no @types/node installed, DOM types instead (the published types must not need Node's). */
const WEB_CONSUMER = { module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], types: [] };

const tarball = inject('packageTarball');
const consumerDir = (name: ConsumerName | 'web'): string => join(inject('packageWorkDir'), `consumer-${name}`);

beforeAll(async () => {
  const packages = [`typescript@${await installedVersion('typescript')}`, `@types/node@${await installedVersion('@types/node')}`];
  expect(packages[0]).toBe('typescript@5.9.3');
  expect(packages[1]).toMatch(/^@types\/node@20\./);
  const fixtures = ['consumer.ts', 'smoke.mjs', 'spec-and-keys.ts', 'spec-and-keys.mjs', 'testing.ts', 'testing.mjs'];
  await Promise.all([
    ...(Object.keys(CONSUMERS) as ConsumerName[]).map((name) =>
      createConsumer({ dir: consumerDir(name), compilerOptions: CONSUMERS[name], fixtures, tarball, packages }),
    ),
    createConsumer({ dir: consumerDir('web'), compilerOptions: WEB_CONSUMER, fixtures: ['web-consumer.ts'], tarball, packages: [packages[0] as string] }),
  ]);
}, 240_000);

describe.concurrent('the packed antom-pay package', () => {
  it('ships dist/ (client, spec, sandbox command and test keys), LICENSE, CHANGELOG, README, the user docs with their recipes, and package.json', async () => {
    const listing = JSON.parse(await runOk('npm', ['pack', '--dry-run', '--json'], ROOT)) as [{ files: { path: string }[] }];
    const paths = listing[0].files.map((file) => file.path);
    const keyFiles = (await readdir(join(ROOT, 'sandbox', 'test-keys'))).map((file) => `dist/sandbox/test-keys/${file}`);
    expect(keyFiles).toContain('dist/sandbox/test-keys/antom-test-private.pem');
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'CHANGELOG.md',
        'README.md',
        'package.json',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/generated/client.js',
        'dist/generated/openapi.json',
        'dist/sandbox/cli.js',
        'dist/sandbox/server.js',
        'dist/sandbox/index.js',
        'dist/sandbox/index.d.ts',
        'dist/sandbox/test-keys.js',
        'dist/sandbox/test-credentials.js',
        'dist/sandbox/test-credentials.d.ts',
        'dist/src/testing/test-keys.js',
        'dist/sandbox/client/control-client.js',
        ...keyFiles,
      ]),
    );
    // `antom-pay/sandbox`'s declarations (keys, control client, control API views) and no other of the sandbox's.
    expect(paths.filter((path) => path.startsWith('dist/sandbox/') && path.endsWith('.d.ts')).sort()).toEqual([
      'dist/sandbox/client/control-client.d.ts',
      'dist/sandbox/client/duration.d.ts',
      'dist/sandbox/control/types.d.ts',
      'dist/sandbox/index.d.ts',
      'dist/sandbox/test-credentials.d.ts',
    ]);
    // Besides dist/: the user docs the README links to, and the recipes they show whole (docs/recipes/testing/ is a
    // merchant's own test file, the example of docs/testing.md). The contributors' docs stay in the repository.
    const outsideDist = paths.filter((path) => !path.startsWith('dist/') && !path.startsWith('docs/recipes/')).sort();
    expect(outsideDist).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'docs/observability.md', 'docs/security.md', 'docs/testing.md', 'docs/webhooks.md', 'package.json']);
    const recipes = (await readdir(join(ROOT, 'docs', 'recipes'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(paths.filter((path) => path.startsWith('docs/recipes/')).sort()).toEqual(recipes.map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length + 1)).sort());
    expect(paths.filter((path) => /\.test\.|^dist\/(test|scripts|generator|spec)\/|contract-proxy/.test(path) && path !== 'docs/recipes/testing/merchant.test.ts')).toEqual([]);
    expect(await readFile(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 antom-pay toolkit maintainers\n/);
  });

  it('describes itself: bin, subpath exports, repository links and Prism as an optional peer dependency', async () => {
    const manifest = JSON.parse(await readFile(join(consumerDir('nodenext'), 'node_modules', 'antom-pay', 'package.json'), 'utf8')) as Record<string, unknown>;
    const prismRange = (await ownManifest()).devDependencies['@stoplight/prism-cli'];
    expect(manifest['license']).toBe('MIT');
    expect(manifest['bin']).toEqual({ 'antom-pay-sandbox': 'dist/sandbox/cli.js' });
    expect(Object.keys(manifest['exports'] as object)).toEqual(['.', './sandbox', './testing', './openapi.json', './package.json']);
    expect(manifest['repository']).toEqual({ type: 'git', url: 'git+https://github.com/antom-pay/antom-pay.git' });
    expect(manifest['homepage']).toBe('https://github.com/antom-pay/antom-pay#readme');
    expect(manifest['bugs']).toEqual({ url: 'https://github.com/antom-pay/antom-pay/issues' });
    expect(manifest['dependencies']).toEqual({ 'openapi-fetch': '0.17.0' });
    expect(manifest['peerDependencies']).toEqual({ '@stoplight/prism-cli': prismRange });
    expect(manifest['peerDependenciesMeta']).toEqual({ '@stoplight/prism-cli': { optional: true } });
    const cli = await readFile(join(consumerDir('nodenext'), 'node_modules', 'antom-pay', 'dist', 'sandbox', 'cli.js'), 'utf8');
    expect(cli.split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('installs the client alone without Prism; the sandbox command then exits non-zero with one install hint', async () => {
    const dir = consumerDir('nodenext');
    expect(existsSync(join(dir, 'node_modules', 'antom-pay', 'package.json'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '@stoplight'))).toBe(false);
    const prismRange = (await ownManifest()).peerDependencies['@stoplight/prism-cli'];
    const result = await run('npx', ['--no-install', '--', 'antom-pay-sandbox', '--port', '0', '--https-port', '0'], dir, 60_000);
    expect(result.code, result.output).not.toBe(0);
    expect(result.stdout, result.output).toBe('');
    expect(result.stderr.trim().split('\n'), result.output).toEqual([
      `The Antom sandbox needs Prism, an optional peer dependency of antom-pay: npm install --save-dev @stoplight/prism-cli@${prismRange}`,
    ]);
  });

  it('passes publint with no message of any level', async () => {
    const result = await run(join(BIN, 'publint'), ['run', tarball, '--strict', '--level', 'suggestion'], ROOT);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('passes attw for an ESM-only package (esm-only profile) and reports nothing in ESM resolution modes', async () => {
    const result = await run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], ROOT);
    expect(result.code, result.output).toBe(0);
    type Problem = { kind: string; resolutionKind?: string; entrypoint?: string };
    const report = JSON.parse(result.stdout) as { analysis: { problems: Problem[] } };
    const expected = (problem: Problem): boolean =>
      (problem.kind === 'CJSResolvesToESM' && (problem.resolutionKind === 'node16-cjs' || problem.resolutionKind === 'node10')) ||
      (problem.kind === 'NoResolution' && problem.resolutionKind === 'node10' && (problem.entrypoint === './sandbox' || problem.entrypoint === './testing' || problem.entrypoint === './openapi.json'));
    expect(report.analysis.problems.filter((problem) => !expected(problem))).toEqual([]);
  });

  for (const name of Object.keys(CONSUMERS) as ConsumerName[]) {
    it(`type-checks a strict ${name} consumer with tsc --noEmit`, async () => {
      const dir = consumerDir(name);
      const result = await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], dir);
      expect(result.code, result.output).toBe(0);
    });
  }

  it('type-checks a Worker / edge consumer without @types/node (lib ES2022 + DOM, skipLibCheck off)', async () => {
    const dir = consumerDir('web');
    expect(existsSync(join(dir, 'node_modules', '@types', 'node'))).toBe(false);
    const result = await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], dir);
    expect(result.code, result.output).toBe(0);
    // Nothing in the published declarations' code (comments aside) names Node's types or modules.
    const declarations = (await readdir(join(dir, 'node_modules', 'antom-pay', 'dist'), { recursive: true })).filter((file) => file.endsWith('.d.ts'));
    for (const file of declarations) {
      const text = (await readFile(join(dir, 'node_modules', 'antom-pay', 'dist', file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      // (`KeyObject:` is the member of our own structural NodeCrypto type, not Node's class.)
      expect(text, file).not.toMatch(/from ['"]node:|\bKeyObject\b(?!Like|:)|IncomingHttpHeaders|\bBuffer\b|NodeJS\./);
    }
  });

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

  it('runs antom-pay/testing in plain Node: its signed notification passes the client in three forms, a tampered one fails', async () => {
    const report = JSON.parse(await runOk(process.execPath, ['testing.mjs'], consumerDir('nodenext'))) as Record<string, string>;
    expect(report).toEqual({ direct: 'refund', web: 'refund', node: 'refund', tampered: 'AntomSignatureError:bad-signature' });
  });

  it('serves the bundled spec as antom-pay/openapi.json (import with type json, require.resolve) and the test keys', async () => {
    const dir = consumerDir('nodenext');
    const report = JSON.parse(await runOk(process.execPath, ['spec-and-keys.mjs'], dir)) as {
      openapi: string;
      operationIds: string[];
      specPath: string;
      importedEqualsFile: boolean;
      requiredEqualsImported: boolean;
      clientIds: string[];
      keysEqualShippedFiles: Record<string, boolean>;
      merchantKeyStartsWith: string;
      nodeOnlyExports: string[];
    };
    const installed = join(dir, 'node_modules', 'antom-pay');
    expect(report.specPath).toBe(join(installed, 'dist', 'generated', 'openapi.json'));
    expect(await readFile(report.specPath, 'utf8')).toBe(await readFile(join(ROOT, 'generated', 'openapi.json'), 'utf8'));
    const repoSpec = JSON.parse(await readFile(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(report.openapi).toBe(repoSpec.openapi);
    expect(report.operationIds).toEqual(Object.values(repoSpec.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId)));
    expect(report.operationIds).toContain('pay');
    expect(report.importedEqualsFile).toBe(true);
    expect(report.requiredEqualsImported).toBe(true);
    expect(report.clientIds).toEqual(['TEST_2024_MERCHANT_0001', 'SANDBOX_TEST_2024_MERCHANT_0001']);
    // The key text antom-pay/sandbox exports is the shipped files' (the paths: `antom-pay-sandbox --print-keys`,
    // sandbox-command.test.ts); nothing that reads a file is exported.
    expect(report.keysEqualShippedFiles).toEqual({ ANTOM_TEST_PRIVATE_KEY: true, ANTOM_TEST_PUBLIC_KEY: true, MERCHANT_TEST_PRIVATE_KEY: true, MERCHANT_TEST_PUBLIC_KEY: true });
    expect(report.merchantKeyStartsWith).toBe('-----BEGIN PRIVATE KEY-----');
    expect(report.nodeOnlyExports).toEqual([]);
  });
});
