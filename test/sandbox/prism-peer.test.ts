// Prism is an optional peer dependency of the package: the sandbox names the version this repository tests with,
// and the package.json ranges (devDependency, peer dependency) agree with it. The package tests run the command
// without and with Prism installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRISM_MISSING_MESSAGE, PRISM_VERSION_RANGE, PrismMissingError, resolvePrismEntry } from '../../sandbox/prism-process.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  dependencies: Record<string, string>;
};

describe('Prism as an optional peer dependency', () => {
  it('has one version range: the sandbox constant, the devDependency and the optional peer dependency', () => {
    expect(manifest.devDependencies['@stoplight/prism-cli']).toBe(PRISM_VERSION_RANGE);
    expect(manifest.peerDependencies['@stoplight/prism-cli']).toBe(PRISM_VERSION_RANGE);
    expect(manifest.peerDependenciesMeta['@stoplight/prism-cli']).toEqual({ optional: true });
    expect(Object.keys(manifest.dependencies)).toEqual(['openapi-fetch']);
  });

  it('tells a user without Prism, in one line, the exact install command', () => {
    expect(PRISM_MISSING_MESSAGE).not.toContain('\n');
    expect(PRISM_MISSING_MESSAGE).toContain(`npm install --save-dev @stoplight/prism-cli@${PRISM_VERSION_RANGE}`);
    const error = new PrismMissingError();
    expect(error.message).toBe(PRISM_MISSING_MESSAGE);
    expect(error.name).toBe('PrismMissingError');
  });

  it("resolves Prism's entry file in this repository, where it is installed", () => {
    expect(resolvePrismEntry()).toBe(join(import.meta.dirname, '..', '..', 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js'));
  });
});
