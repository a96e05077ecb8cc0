import { describe, expect, it } from 'vitest';
import { INFERRED_BADGE, deriveExamples, finalizeBundle, renderResultTableMarkdown } from '../../generator/emit/openapi-bundle.ts';
import type { CommonResultTable, OpenApiDocument, ResultTable } from '../../generator/types.ts';

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

/** DONE is also an operation code (the operation's row wins); BAD_KEY and BUSY are gateway-wide only. */
const common: CommonResultTable = {
  pointer: '#/x-common-result-codes',
  statuses: [],
  codes: [
    { code: 'BAD_KEY', status: 'F', message: 'Key <i>unknown</i>.', action: 'Upload the key.', inferred: true },
    { code: 'DONE', status: 'S', message: 'Done everywhere.', action: 'Gateway-wide nothing.' },
    { code: 'BUSY', status: 'U', message: 'Busy.', action: 'Wait.' },
  ],
};

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

  it("adds one example per gateway-wide code the operation does not list, after its own, built from the operation's plan", () => {
    const examples = deriveExamples(table, common);
    expect(Object.keys(examples)).toEqual(['WAIT', 'DONE', 'BAD_KEY', 'BUSY']);
    expect(examples.BAD_KEY).toEqual({
      summary: 'BAD_KEY: Key unknown',
      description: 'Result status F. Upload the key.',
      value: { result: { code: 'BAD_KEY', status: 'F', message: 'Key <i>unknown</i>.' }, id: 'base', nested: { a: 1, b: 1 } },
    });
    expect((examples.BUSY as { value: { nested: unknown } }).value.nested).toEqual({ a: 1, b: 2 });
    expect((examples.DONE as { value: { result: { message: string } } }).value.result.message).toBe('Done.');
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
    expect(markdown).not.toContain('Gateway-wide');
  });

  it("renders the gateway-wide codes the operation does not override under their own heading, after its own", () => {
    const markdown = renderResultTableMarkdown({ ...table, codes: [...table.codes, { code: 'ODD', status: 'F', message: 'Odd.', action: 'Check.', inferred: true }] }, common);
    const [own, gateway] = markdown.split('## Gateway-wide result codes');
    expect(own).toContain('3 codes of this operation, then 2 gateway-wide codes. A code listed in neither table is handled as: Ask support.');
    expect(own).toContain(`| \`ODD\` ${INFERRED_BADGE} | \`F\` | Odd. | Check. |`);
    expect(own).toContain('| `DONE` | `S` | Done. | Nothing. |');
    expect(gateway).toContain(`| \`BAD_KEY\` ${INFERRED_BADGE} | \`F\` | Key &lt;i&gt;unknown&lt;/i&gt;. | Upload the key. |`);
    expect(gateway).toContain('| `BUSY` | `U` | Busy. | Wait. |');
    expect(gateway).not.toContain('DONE');
    expect(INFERRED_BADGE).toMatch(/^<span class="result-inferred" title="[^"<>]+">inferred<\/span>$/);
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
    expect(post.description).not.toContain('Gateway-wide');
    expect(out.components).toBeUndefined();
  });

  it('adds the gateway-wide examples and section when the document has a gateway-wide table', () => {
    const out = finalizeBundle(doc(), [table], spec, common);
    const post = (out.paths?.['/x'] as { post: { description: string; responses: { '200': { content: { 'application/json': { examples: object } } } } } }).post;
    expect(post.description).toContain('## Gateway-wide result codes');
    expect(Object.keys(post.responses['200'].content['application/json'].examples)).toEqual(['WAIT', 'DONE', 'BAD_KEY', 'BUSY']);
  });

  it('writes each distinct gateway-wide example once under components/examples and references it from every operation', () => {
    const input = doc();
    const other = structuredClone(input.paths!['/x']) as Record<string, unknown>;
    input.paths!['/y'] = other;
    // A different plan (a field in every F answer) makes a different BAD_KEY body; a taken name gets a suffix.
    const y = { ...table, path: '/y', pointer: '#/paths/~1y/post', examples: { ...table.examples!, byStatus: { ...table.examples!.byStatus, F: { extra: true } } } };
    input.components = { examples: { GatewayWide_BUSY: { value: 'hand-written' } } };
    const out = finalizeBundle(input, [table, y], spec, common);
    const examplesOf = (path: string) => (out.paths?.[path] as { post: { responses: { '200': { content: { 'application/json': { examples: Record<string, unknown> } } } } } }).post.responses['200'].content['application/json'].examples;
    const shared = (out.components as { examples: Record<string, { value: unknown }> }).examples;
    expect(examplesOf('/x').BUSY).toEqual({ $ref: '#/components/examples/GatewayWide_BUSY_2' });
    expect(examplesOf('/y').BUSY).toEqual(examplesOf('/x').BUSY);
    expect(examplesOf('/x').BAD_KEY).toEqual({ $ref: '#/components/examples/GatewayWide_BAD_KEY' });
    expect(examplesOf('/y').BAD_KEY).toEqual({ $ref: '#/components/examples/GatewayWide_BAD_KEY_2' });
    expect(shared.GatewayWide_BUSY).toEqual({ value: 'hand-written' });
    expect(shared.GatewayWide_BAD_KEY_2?.value).toMatchObject({ extra: true, result: { code: 'BAD_KEY' } });
    expect(shared.GatewayWide_BAD_KEY).toEqual(deriveExamples(table, common).BAD_KEY);
    // The operation's own codes stay inline.
    expect(examplesOf('/x').WAIT).toHaveProperty('value');
    expect(Object.keys(shared).sort()).toEqual(['GatewayWide_BAD_KEY', 'GatewayWide_BAD_KEY_2', 'GatewayWide_BUSY', 'GatewayWide_BUSY_2']);
  });

  it('refuses a table on an operation without a JSON success response', () => {
    const input = doc();
    (input.paths!['/x'] as { post: { responses: object } }).post.responses = { '204': { description: 'none' } };
    expect(() => finalizeBundle(input, [table], spec)).toThrow(/2xx JSON response/);
  });
});
