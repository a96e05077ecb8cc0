// Strings users read (descriptions, summaries and titles of the spec, and the Markdown descriptions) speak to the
// merchant: where a fact came from (an SDK model, a page that could not be read, an inference) is written in a YAML
// comment next to the field, or as data (`inferred: true` on a result row), never in the text itself.
import { describe, expect, it } from 'vitest';
import { listRepoFiles, readRepoText, readRepoYaml } from './helpers.ts';

const SOURCING = [
  /SDK model/i,
  /SDK only/i,
  /SDK field/i,
  /no documentation text/i,
  /Field inventory/i,
  /\bthe seed\b/i,
  /could not be read|was readable|not readable/i,
  /\bInferred\b/,
  /\(an inference\)/i,
];

/** Every string under a description, summary or title key, with its JSON path. */
function userStrings(node: unknown, path: string[] = []): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((item, i) => userStrings(item, [...path, String(i)]));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' && ['description', 'summary', 'title'].includes(key) ? [[[...path, key].join('/'), value] as [string, string]] : userStrings(value, [...path, key]),
  );
}

const yamlFiles = listRepoFiles('spec').filter((f) => /\.ya?ml$/.test(f));
const markdownFiles = listRepoFiles('spec/descriptions').filter((f) => f.endsWith('.md'));

describe('user-facing spec text carries no sourcing prose', () => {
  it('finds the files to read', () => {
    expect(yamlFiles.length).toBeGreaterThan(50);
    expect(markdownFiles.length).toBeGreaterThan(5);
  });

  it.each(yamlFiles)('%s', (file) => {
    const found = userStrings(readRepoYaml(file)).filter(([, text]) => SOURCING.some((pattern) => pattern.test(text)));
    expect(found).toEqual([]);
  });

  it.each(markdownFiles)('%s', (file) => {
    const text = readRepoText(file);
    expect(SOURCING.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });
});
