// How the spec is read (generator/spec-files.ts, generator/resolve.ts): Redocly's resolver with synchronous reads,
// memoised paths and untouched copies for the check; the bundle handed out before the check runs.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { readSpec, resolveSpec } from '../../generator/resolve.ts';
import { specFiles } from '../../generator/spec-files.ts';
import { FIXTURE_SPEC, runGenerate, tempDir } from './helpers.ts';

/** A copy of the lockers fixture in a project folder of its own; `edit` may change its files first. */
function fixtureCopy(edit: (dir: string) => void = () => undefined): { dir: string; spec: string } {
  const dir = tempDir('read-spec');
  cpSync(path.dirname(FIXTURE_SPEC), path.join(dir, 'api'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  edit(path.join(dir, 'api'));
  return { dir, spec: path.join(dir, 'api/openapi.yaml') };
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}

describe("the generator's resolver", () => {
  it('reads files as Redocly does: CRLF line ends become LF, and the bundle is the same', async () => {
    const lf = fixtureCopy();
    const crlf = fixtureCopy((dir) => {
      for (const name of ['openapi.yaml', 'schemas.yaml', 'codes.yaml']) {
        const file = path.join(dir, name);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
      }
    });
    const [a, b] = await Promise.all([resolveSpec(lf.spec, lf.dir), resolveSpec(crlf.spec, crlf.dir)]);
    expect(b.document).toEqual(a.document);
    expect(b.files.map((f) => path.relative(crlf.dir, f))).toEqual(a.files.map((f) => path.relative(lf.dir, f)));
  });

  it('fails on a missing file or a folder exactly as Redocly’s own resolver does', async () => {
    const { dir } = fixtureCopy();
    mkdirSync(path.join(dir, 'api/folder.yaml'));
    for (const ref of ['api/missing.yaml', 'api/folder.yaml']) {
      const ours = specFiles(core).resolver.resolveDocument(dir, ref);
      const redocly = new core.BaseResolver().resolveDocument(dir, ref);
      const message = (await redocly.then(() => 'no error', (e: Error) => e.message));
      expect(message).not.toBe('no error');
      await expect(ours).rejects.toThrow(message);
    }
  });

  it('resolves paths as Redocly does, relative to the referring file, and once per pair', () => {
    const { resolver } = specFiles(core);
    const redocly = new core.BaseResolver();
    const cases: [string | null, string][] = [
      ['/a/b/openapi.yaml', './schemas.yaml'],
      ['/a/b/openapi.yaml', '../c/x.yaml'],
      ['/a/b/paths/p.yaml', '/abs/y.yaml'],
      [null, 'spec/openapi.yaml'],
      ['https://example.test/specs/openapi.yaml', 'schemas.yaml'],
    ];
    for (const [base, ref] of cases) {
      expect(resolver.resolveExternalRef(base, ref)).toBe(redocly.resolveExternalRef(base, ref));
      expect(resolver.resolveExternalRef(base, ref)).toBe(resolver.resolveExternalRef(base, ref));
    }
  });

  it('keeps every file as written for the check, while bundling rewrites the documents it read', async () => {
    const { spec } = fixtureCopy();
    const files = specFiles(core);
    const root = await files.resolver.resolveDocument(null, spec, true);
    if (root instanceof Error) throw root;
    const config = await core.createConfig({ extends: [] } as never);
    await core.bundleDocument({ document: root, config: config.styleguide, externalRefResolver: files.resolver, dereference: false, removeUnusedComponents: false });
    const asWritten = core.parseYaml(readFileSync(spec, 'utf8'));
    // The bundle rewrote the root in place (its components now hold the other files' schemas)…
    expect(root.parsed).not.toEqual(asWritten);
    // …and the check's copy is the file as written, for every file read.
    const pristine = files.pristine();
    for (const file of files.resolver.getFiles()) {
      const copy = await pristine.resolveDocument(null, file);
      if (copy instanceof Error) throw copy;
      expect(copy.parsed).toEqual(core.parseYaml(readFileSync(file, 'utf8')));
    }
  });
});

describe('reading, then checking', () => {
  it('hands out the bundle before the check, and the check fails a spec that bundles but breaks a rule', async () => {
    const { dir, spec } = fixtureCopy((api) => replaceIn(path.join(api, 'schemas.yaml'), /type: object/, 'type: objekt'));
    const read = await readSpec(spec, dir);
    expect(read.bundle.paths).toBeDefined();
    await expect(read.check()).rejects.toThrow(/api\/schemas\.yaml:\d+:\d+ error struct/);
    // One check per read: asking again gives the same answer.
    expect(read.check()).toBe(read.check());
  });

  it('reports the check’s problems, not a later step’s, when both would fail, and writes nothing', () => {
    const { dir, spec } = fixtureCopy((api) => {
      replaceIn(path.join(api, 'schemas.yaml'), /type: object/, 'type: objekt');
      // The example plan names a code the table does not list: found after bundling, while the check runs.
      replaceIn(path.join(api, 'codes.yaml'), /^ {2}default: \w+$/m, '  default: NOT_A_LISTED_CODE');
    });
    const out = path.join(dir, 'generated');
    const result = runGenerate(['--spec', spec, '--out', out, '--no-cache'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/api\/schemas\.yaml:\d+:\d+ error struct/);
    expect(result.stderr).not.toContain('NOT_A_LISTED_CODE');
    expect(result.stderr).toContain('was left untouched');
  });
});
