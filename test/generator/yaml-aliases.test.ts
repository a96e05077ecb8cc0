// YAML aliases are bounded (generator/yaml-aliases.ts): a "billion laughs" file ends at once with the file:line of
// its first alias, exit 1 and the output folder untouched; anchors used as intended still generate.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, runGenerate, tempDir } from './helpers.ts';

const HEAD = 'openapi: 3.1.0\ninfo: {title: Aliases, version: 1.0.0}\npaths: {}\n';

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded, from about 600 bytes. */
const LAUGHS = [
  'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `x-${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');

/** A project with `files` under spec/ and an output folder holding a previous generation. */
function project(files: Record<string, string>): { dir: string; out: string } {
  const dir = tempDir('aliases');
  mkdirSync(path.join(dir, 'spec'));
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'spec', name), text);
  const out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'client.ts'), '// a previous generation\n');
  return { dir, out };
}

describe('YAML aliases', () => {
  it('a billion-laughs spec is refused at its first alias, exit 1, the output untouched', () => {
    const { dir, out } = project({ 'openapi.yaml': `${HEAD}${LAUGHS}\n` });
    expect(statSync(path.join(dir, 'spec/openapi.yaml')).size).toBeLessThan(700);
    const before = hashTree(out);
    // The timeout only keeps a regression from hanging the suite; the run is refused before anything walks the tree.
    const run = runGenerate(['--spec', 'spec/openapi.yaml', '--out', 'out', '--no-cache'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^generate: error \[yaml-aliases\]: spec\/openapi\.yaml:5:10 error yaml-aliases: YAML aliases expand this file by [\d,]+ nodes, more than the 100,000 allowed/);
    expect(run.stderr).toContain('out/ was left untouched');
    expect(hashTree(out)).toEqual(before);
  });

  it('in a file a $ref reads, it is reported at that file and line', () => {
    const { dir } = project({
      'openapi.yaml': `${HEAD}components:\n  schemas:\n    Laugh:\n      $ref: ./laughs.yaml#/x-a\n`,
      'laughs.yaml': `${LAUGHS}\n`,
    });
    const run = runGenerate(['--spec', 'spec/openapi.yaml', '--out', 'out', '--no-cache'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\nspec\/laughs\.yaml:2:10 error no-unresolved-refs: Failed to parse: YAML aliases expand this file by/);
  });

  it('an alias inside the node it names (a cycle) is refused', () => {
    const { dir } = project({ 'openapi.yaml': `${HEAD}x-loop: &loop\n  again: *loop\n` });
    const run = runGenerate(['--spec', 'spec/openapi.yaml', '--out', 'out', '--no-cache'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('spec/openapi.yaml:5:10 error yaml-aliases: an alias refers to a node that contains it');
  });

  it('anchors used as intended still generate, with the aliased parts in place', () => {
    const schema = 'x-shared: &shared\n  type: object\n  properties:\n    id: {type: string}\n';
    const { dir, out } = project({
      'openapi.yaml': `${HEAD}${schema}components:\n  schemas:\n${Array.from({ length: 50 }, (_, i) => `    Copy${i}: *shared`).join('\n')}\n`,
    });
    const run = runGenerate(['--spec', 'spec/openapi.yaml', '--out', 'out', '--no-cache', '--quiet'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const types = readFileSync(path.join(out, 'schema.ts'), 'utf8');
    expect(types).toMatch(/Copy0: \{\s+id\?: string;/);
    expect(types).toMatch(/Copy49: \{\s+id\?: string;/);
  });
});
