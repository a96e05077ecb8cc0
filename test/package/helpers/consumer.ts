// Fresh consumer projects for the package tests: a package.json, a strict tsconfig, copied fixtures and an
// `npm install` of the packed tarball plus the given packages from the npm cache (this repo's own install fills it).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runOk } from './run.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Strict consumer settings; skipLibCheck is off so the shipped declarations are checked too. */
export const STRICT = {
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  resolveJsonModule: true,
  skipLibCheck: false,
  noEmit: true,
};

/** The version of a package installed in this repository (`typescript`, `@stoplight/prism-cli`, ...). */
export async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** This repository's package.json. */
export async function ownManifest(): Promise<Record<string, unknown> & { peerDependencies: Record<string, string>; devDependencies: Record<string, string> }> {
  return JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Awaited<ReturnType<typeof ownManifest>>;
}

export interface ConsumerSpec {
  dir: string;
  /** Merged over STRICT; omit for a project that is not type-checked. */
  compilerOptions?: Record<string, string | readonly string[]>;
  /** File names under test/package/fixtures/ to copy in. */
  fixtures: readonly string[];
  tarball: string;
  /** Extra packages (`name@version`), installed with the tarball in one `npm install`. */
  packages: readonly string[];
}

export async function createConsumer(spec: ConsumerSpec): Promise<void> {
  await mkdir(spec.dir);
  const name = spec.dir.split(/[\\/]/).pop() ?? 'consumer';
  await writeFile(join(spec.dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  if (spec.compilerOptions) {
    const tsconfig = { compilerOptions: { ...STRICT, ...spec.compilerOptions }, include: ['*.ts'] };
    await writeFile(join(spec.dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  }
  for (const file of spec.fixtures) await copyFile(join(FIXTURES, file), join(spec.dir, file));
  // --prefer-offline: the packages come from the npm cache filled by this repo's own install.
  await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', spec.tarball, ...spec.packages], spec.dir);
}
