// The Markdown link reader the package's link check relies on (test/package/links.test.ts): what counts as a link,
// what does not (code), and the anchors headings give, as GitHub writes them.
import { describe, expect, it } from 'vitest';
import { headingAnchors, markdownLinks } from './links.ts';

const DOC = [
  '# Title',
  'See [the recipes](recipes/webhooks/) and [Hono](webhooks.md#hono "Hono recipe"), ![logo](img/logo.svg).',
  'Not a link: `[x](code.md)`, nor the next block.',
  '```ts',
  "const a = '[y](fenced.md)';",
  '```',
  '[ref]: docs/testing.md#the-keys',
  '<a href="LICENSE">licence</a> and [site](https://example.com/x#y) and [here](#title).',
  '~~~~',
  '[z](tilde-fenced.md)',
  '~~~~',
  '[space](<with space.md>)',
].join('\n');

describe('markdownLinks', () => {
  it('reads inline links, images, reference definitions and HTML links outside code, with their line and anchor', () => {
    expect(markdownLinks(DOC).map(({ line, path, anchor, external }) => [line, path, anchor, external])).toEqual([
      [2, 'recipes/webhooks/', undefined, false],
      [2, 'webhooks.md', 'hono', false],
      [2, 'img/logo.svg', undefined, false],
      [7, 'docs/testing.md', 'the-keys', false],
      [8, 'https://example.com/x', 'y', true],
      [8, '', 'title', false],
      [8, 'LICENSE', undefined, false],
      [12, 'with space.md', undefined, false],
    ]);
  });
});

describe('headingAnchors', () => {
  it('slugs headings as GitHub does: lower case, code and punctuation kept as text, spaces as dashes, repeats numbered', () => {
    const headings = ['# antom-pay', '## API-only: pay and consult', '## Plain `node:http`', '## Next.js (app router)', '## Runtimes', '### Runtimes', '```', '## Not a heading', '```'];
    expect([...headingAnchors(headings.join('\n'))]).toEqual(['antom-pay', 'api-only-pay-and-consult', 'plain-nodehttp', 'nextjs-app-router', 'runtimes', 'runtimes-1']);
  });
});
