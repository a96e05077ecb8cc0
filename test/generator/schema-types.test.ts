// The schema-types emitter turns an open value list into 'A' | 'B' | (string & {}) and leaves every other
// union as openapi-typescript writes it.
import { describe, expect, it } from 'vitest';
import { emitSchemaTypes } from '../../generator/emit/schema-types.ts';

const spec = { source: 'spec/x.yaml', title: 'X API', version: '9.9.9' };

function docWith(properties: Record<string, unknown>): never {
  return {
    openapi: '3.1.0',
    info: { title: 'X API', version: '9.9.9' },
    paths: {},
    components: { schemas: { Thing: { type: 'object', properties } } },
  } as never;
}

const open = (values: string[]) => ({ anyOf: [{ type: 'string', enum: values }, { type: 'string', maxLength: 16 }] });

describe('emitSchemaTypes: open value lists', () => {
  it.each([
    { given: 'an open list', schema: open(['A', 'B']), want: 'v?: "A" | "B" | (string & {});' },
    { given: 'a closed enum', schema: { type: 'string', enum: ['A', 'B'] }, want: 'v?: "A" | "B";' },
    { given: 'a plain string', schema: { type: 'string', maxLength: 4 }, want: 'v?: string;' },
    { given: 'a string-or-number type list', schema: { type: ['string', 'number'] }, want: 'v?: string | number;' },
    { given: 'a string-or-boolean type list', schema: { type: ['string', 'boolean'] }, want: 'v?: string | boolean;' },
    { given: 'literals with a number branch', schema: { anyOf: [{ type: 'string', enum: ['A'] }, { type: 'number' }] }, want: 'v?: "A" | number;' },
    { given: 'literals with two open branches', schema: { anyOf: [{ type: 'string', enum: ['A'] }, { type: 'string' }, { type: 'integer' }] }, want: 'v?: "A" | string | number;' },
  ])('$given → $want', async ({ schema, want }) => {
    const text = await emitSchemaTypes(docWith({ v: schema }), spec);
    expect(text).toContain(want);
  });

  it('rewrites an open list inside an array item as well', async () => {
    const text = await emitSchemaTypes(docWith({ list: { type: 'array', items: open(['X']) } }), spec);
    expect(text).toContain('list?: ("X" | (string & {}))[];');
  });
});
