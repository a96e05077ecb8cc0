// The docs show the code the tests run: every recipe file appears whole, in a ```ts block, in its docs page, and
// every recipe file is shown somewhere; the pages' relative links lead to files that exist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const tsFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file))
    .sort();
const codeBlocks = (markdown: string): string[] => [...markdown.matchAll(/^```ts\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!);

const PAGES = [
  { page: 'docs/webhooks.md', recipes: 'docs/recipes/webhooks' },
  { page: 'docs/testing.md', recipes: 'docs/recipes/testing' },
];

describe.each(PAGES)('$page', ({ page, recipes }) => {
  const blocks = codeBlocks(read(page));

  it.each(tsFiles(recipes))('shows %s whole, as one code block', (file) => {
    expect(blocks).toContain(read(file).replace(/\n$/, ''));
  });

  it('shows no code block that is not a recipe file, besides the short call examples', () => {
    const files = new Set(tsFiles(recipes).map((file) => read(file).replace(/\n$/, '')));
    expect(blocks.filter((block) => !files.has(block) && block.split('\n').length > 12)).toEqual([]);
  });

  it('links only to files that exist', () => {
    const links = [...read(page).matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!).filter((link) => !/^https?:/.test(link));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(ROOT, dirname(page), link)), link).toBe(true);
  });
});

it.each(['node-http.ts', 'web-handler.ts', 'workers.ts', 'deno.ts', 'bun.ts'])('the README shows the runtime recipe %s whole', (file) => {
  expect(codeBlocks(read('README.md'))).toContain(read(`docs/recipes/webhooks/${file}`).replace(/\n$/, ''));
});

it('the README links both pages from its notification and testing paragraphs', () => {
  const readme = read('README.md');
  expect(readme).toContain('[docs/webhooks.md](docs/webhooks.md)');
  expect(readme).toContain('[docs/testing.md](docs/testing.md)');
});
