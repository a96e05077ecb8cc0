// The docs show the integration samples the tests run (test/integrations/scenarios/): each file of
// docs/recipes/integrations/ appears whole, as the one ```ts block, in its integration's section of the docs site
// (spec/descriptions/integrations/<name>.md, the description of the tag of that name, as bundled) and whole in the
// README; every integration tag has its sample, and every tag is in a group of the site's sidebar. The sandbox's
// control client sample (docs/recipes/sandbox/control.ts, run by sandbox-control.test.ts) is whole in the README.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const codeBlocks = (markdown: string): string[] => [...markdown.matchAll(/^```ts\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!);
const sample = (name: string): string => read(`docs/recipes/integrations/${name}.ts`).replace(/\n$/, '');

interface Bundle {
  tags: Array<{ name: string; description: string }>;
  'x-tagGroups': Array<{ name: string; tags: string[] }>;
  paths: Record<string, Record<string, { tags?: string[] }>>;
  webhooks: Record<string, Record<string, { tags?: string[] }>>;
}
const bundle = JSON.parse(read('generated/openapi.json')) as Bundle;

/** Integration tag → its sample and its description file. */
const INTEGRATIONS = [
  { tag: 'Antom Checkout Page', name: 'checkout-page' },
  { tag: 'Payment Element', name: 'payment-element' },
  { tag: 'API-only', name: 'api-only' },
  { tag: 'After the payment', name: 'after-the-payment' },
  { tag: 'Disputes', name: 'disputes' },
];

it('has a sample file for every integration and no other', () => {
  const files = readdirSync(join(ROOT, 'docs/recipes/integrations')).sort();
  expect(files).toEqual(INTEGRATIONS.map((item) => `${item.name}.ts`).sort());
});

describe.each(INTEGRATIONS)('$tag', ({ tag, name }) => {
  it(`shows docs/recipes/integrations/${name}.ts whole as the one code block of spec/descriptions/integrations/${name}.md`, () => {
    expect(codeBlocks(read(`spec/descriptions/integrations/${name}.md`))).toEqual([sample(name)]);
  });

  it('is the description of its tag in the bundle the site is built from', () => {
    const found = bundle.tags.find((item) => item.name === tag);
    expect(found?.description).toBe(read(`spec/descriptions/integrations/${name}.md`));
  });

  it('shows the same sample whole in the README', () => {
    expect(codeBlocks(read('README.md'))).toContain(sample(name));
  });
});

it('puts every tag of the spec in exactly one sidebar group (Redoc hides a tag no group names)', () => {
  const grouped = bundle['x-tagGroups'].flatMap((group) => group.tags);
  expect([...grouped].sort()).toEqual(bundle.tags.map((tag) => tag.name).sort());
  expect(new Set(grouped).size).toBe(grouped.length);
  expect(bundle.tags.map((tag) => tag.name)).toEqual(INTEGRATIONS.map((item) => item.tag));
});

it('files every operation and webhook under an integration tag', () => {
  const items = [...Object.values(bundle.paths), ...Object.values(bundle.webhooks)].flatMap((item) => Object.values(item));
  expect(items.length).toBeGreaterThan(10);
  for (const item of items) {
    expect(item.tags?.length).toBeGreaterThan(0);
    for (const tag of item.tags ?? []) expect(INTEGRATIONS.map((entry) => entry.tag)).toContain(tag);
  }
});

it('shows the control client sample docs/recipes/sandbox/control.ts whole in the README', () => {
  expect(codeBlocks(read('README.md'))).toContain(read('docs/recipes/sandbox/control.ts').replace(/\n$/, ''));
});
