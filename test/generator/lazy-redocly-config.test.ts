// The compiled main thread builds Redocly's redocly.yaml types on first use instead of when Redocly loads
// (generator/lazy-redocly-config.mjs): the edits must still apply to the installed Redocly, give up rather than
// guess when its text changes, and leave what reads those types working as before.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForGenerator } from '../../generator/compile.mjs';
import { REDOCLY_CONFIG_EDITS, applyEdits } from '../../generator/lazy-redocly-config.mjs';
import { ROOT, tempDir } from './helpers.ts';

const LIB = path.join(ROOT, 'node_modules/@redocly/openapi-core/lib');

describe("Redocly's redocly.yaml types, built on first use", () => {
  it.each(Object.keys(REDOCLY_CONFIG_EDITS))('edits the installed %s (every edit finds its text exactly once)', (file) => {
    const source = readFileSync(path.join(LIB, file), 'utf8');
    const edited = applyEdits(source, REDOCLY_CONFIG_EDITS[file]!);
    expect(edited).toBeDefined();
    expect(edited).not.toBe(source);
  });

  it.each([
    ['its text is gone', (t: string) => t.replace('exports.ConfigTypes = createConfigTypes(', 'exports.ConfigTypes = makeConfigTypes(')],
    ['its text is there twice', (t: string) => `${t}\nconst config_1 = require("@redocly/config");\n`],
  ])('gives up (keeps the file as it ships) when %s', (_case, edit) => {
    const source = readFileSync(path.join(LIB, 'types/redocly-yaml.js'), 'utf8');
    expect(edit(source)).not.toBe(source);
    expect(applyEdits(edit(source), REDOCLY_CONFIG_EDITS['types/redocly-yaml.js']!)).toBeUndefined();
  });

  it('loads without building them, and builds the same types, lints and bundles a redocly.yaml when asked', async () => {
    const dir = tempDir('lazy-redocly');
    const entry = path.join(dir, 'entry.cjs');
    // Run the same checks on the compiled (edited) copy and on Redocly as installed, and compare.
    writeFileSync(
      entry,
      [
        "const yaml = require('@redocly/openapi-core/lib/types/redocly-yaml');",
        "const core = require('@redocly/openapi-core');",
        'module.exports = async () => {',
        "  const lazy = typeof Object.getOwnPropertyDescriptor(yaml, 'NormalizedConfigTypes').get === 'function';",
        '  const root = Object.keys(yaml.NormalizedConfigTypes.ConfigRoot.properties).sort();',
        '  const types = Object.keys(core.ConfigTypes).length;',
        "  const document = core.makeDocumentFromString('rules:\\n  struct: error\\nextends: 42\\n', '/redocly.yaml');",
        '  const config = await core.createConfig({ extends: [] });',
        '  const problems = (await core.lintConfig({ document, config })).map((p) => `${p.ruleId}: ${p.message}`);',
        "  const bundled = await require('@redocly/openapi-core/lib/bundle').bundleConfig(document, new Map());",
        '  return { lazy, root, types, problems, bundled };',
        '};',
        '',
      ].join('\n'),
    );
    await buildForGenerator({ entry }, path.join(dir, 'out'));
    const run = (file: string) => {
      const script = `require(${JSON.stringify(file)})().then((r) => process.stdout.write(JSON.stringify(r)))`;
      const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as { lazy: boolean; root: string[]; types: number; problems: string[]; bundled: unknown };
    };
    const compiled = run(path.join(dir, 'out/entry.cjs'));
    const installed = run(entry);
    expect(compiled.lazy).toBe(true);
    expect(installed.lazy).toBe(false);
    expect(compiled.root).toContain('rules');
    expect(compiled.problems.length).toBeGreaterThan(0);
    expect({ ...compiled, lazy: undefined }).toEqual({ ...installed, lazy: undefined });
  });
});
