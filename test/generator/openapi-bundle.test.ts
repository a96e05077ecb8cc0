import { describe, expect, it } from 'vitest';
import { deriveExamples, finalizeBundle, renderResultTableMarkdown } from '../../generator/emit/openapi-bundle.ts';
import type { OpenApiDocument, ResultTable } from '../../generator/types.ts';

const table: ResultTable = {
  operationId: 'op',
  method: 'post',
  path: '/x',
  pointer: '#/paths/~1x/post',
  statuses: [],
  codes: [
    { code: 'DONE', status: 'S', message: 'Done.', action: 'Nothing.' },
    { code: 'WAIT', status: 'U', message: 'Wait <b>here</b> | there.', action: 'Open the URL.' },
  ],
  fallback: { status: 'U', message: 'Unknown', action: 'Ask support.' },
  logic: undefined,
  examples: {
    default: 'WAIT',
    resultProperty: 'result',
    fields: { code: 'code', status: 'status', message: 'message' },
    base: { id: 'base', nested: { a: 1, b: 1 } },
    byStatus: { U: { nested: { b: 2 } } },
    byCode: { WAIT: { url: 'https://example.com' } },
  },
};

const spec = { source: 'spec/x.yaml', title: 'X', version: '1' };

function doc(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'X', version: '1' },
    paths: {
      '/x': {
        post: {
          description: 'Original.',
          'x-result-codes': {},
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
}

describe('deriveExamples', () => {
  it('writes one example per code, the default first, merging base → status → code', () => {
    const examples = deriveExamples(table);
    expect(Object.keys(examples)).toEqual(['WAIT', 'DONE']);
    expect(examples.WAIT).toEqual({
      summary: 'WAIT: Wait here | there',
      description: 'Result status U. Open the URL.',
      value: { result: { code: 'WAIT', status: 'U', message: 'Wait <b>here</b> | there.' }, id: 'base', nested: { a: 1, b: 2 }, url: 'https://example.com' },
    });
    expect((examples.DONE as { value: unknown }).value).toEqual({ result: { code: 'DONE', status: 'S', message: 'Done.' }, id: 'base', nested: { a: 1, b: 1 } });
  });

  it('writes no examples when the table has no plan', () => {
    expect(deriveExamples({ ...table, examples: undefined })).toEqual({});
  });
});

describe('renderResultTableMarkdown', () => {
  it('renders every code as a row and escapes HTML and pipes', () => {
    const markdown = renderResultTableMarkdown(table);
    expect(markdown).toContain('| `DONE` | `S` | Done. | Nothing. |');
    expect(markdown).toContain('| `WAIT` | `U` | Wait &lt;b&gt;here&lt;/b&gt; \\| there. | Open the URL. |');
    expect(markdown).toContain('2 codes.');
  });
});

describe('finalizeBundle', () => {
  it('adds examples, the rendered table and a banner without touching its input', () => {
    const input = doc();
    const before = JSON.stringify(input);
    const out = finalizeBundle(input, [table], spec);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.keys(out)[0]).toBe('x-generated');
    expect(String(out['x-generated'])).toContain('spec/x.yaml');
    const post = (out.paths?.['/x'] as { post: { description: string; responses: { '200': { content: { 'application/json': { examples: object } } } } } }).post;
    expect(post.description.startsWith('Original.\n\n')).toBe(true);
    expect(post.description).toContain('## Result codes');
    expect(Object.keys(post.responses['200'].content['application/json'].examples)).toEqual(['WAIT', 'DONE']);
  });

  it('refuses a table on an operation without a JSON success response', () => {
    const input = doc();
    (input.paths!['/x'] as { post: { responses: object } }).post.responses = { '204': { description: 'none' } };
    expect(() => finalizeBundle(input, [table], spec)).toThrow(/2xx JSON response/);
  });
});
