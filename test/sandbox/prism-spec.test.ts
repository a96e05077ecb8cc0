// Given/want tables for the pure spec transforms that work around Prism 5.14 (see sandbox/prism-spec.ts).
import { describe, expect, it } from 'vitest';
import {
  addResponseHeaderExamples,
  findRecursiveSchemas,
  mountAtPrefixes,
  unrollRecursiveSchemas,
} from '../../sandbox/prism-spec.ts';
import type { JsonObject } from '../../sandbox/prism-spec.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('findRecursiveSchemas', () => {
  it.each<{ name: string; schemas: JsonObject; want: string[] }>([
    { name: 'no refs', schemas: { A: { type: 'string' } }, want: [] },
    { name: 'self reference', schemas: { Goods: { properties: { crossSell: ref('Goods') } }, Order: { properties: { goods: { items: ref('Goods') } } } }, want: ['Goods'] },
    { name: 'mutual recursion', schemas: { A: { properties: { b: ref('B') } }, B: { properties: { a: ref('A') } } }, want: ['A', 'B'] },
  ])('$name', ({ schemas, want }) => {
    expect([...findRecursiveSchemas(schemas)].sort()).toEqual(want);
  });
});

describe('unrollRecursiveSchemas', () => {
  const doc = {
    components: {
      schemas: {
        Order: { properties: { goods: { type: 'array', items: ref('Goods') } } },
        Goods: { required: ['goodsName'], properties: { goodsName: { type: 'string' }, crossSell: { ...ref('Goods'), description: 'more' } } },
      },
    },
  };

  it('replaces the cycle by numbered copies and cuts it at the given depth', () => {
    const schemas = (unrollRecursiveSchemas(doc, 2).components as { schemas: Record<string, any> }).schemas;
    expect(schemas.Order.properties.goods.items).toEqual(ref('Goods__unrolled1'));
    expect(schemas.Goods__unrolled1.properties.crossSell).toEqual({ ...ref('Goods__unrolled2'), description: 'more' });
    expect(schemas.Goods__unrolled2.properties.crossSell.$ref).toBeUndefined();
    expect(schemas.Goods__unrolled2.properties.crossSell.description).toBe('more');
    expect(schemas.Goods__unrolled2.required).toEqual(['goodsName']);
  });

  it('leaves a document without recursion as it is', () => {
    const flat = { components: { schemas: { A: { properties: { b: ref('B') } }, B: { type: 'string' } } } };
    expect(unrollRecursiveSchemas(flat)).toBe(flat);
  });
});

describe('addResponseHeaderExamples', () => {
  it('fills a missing example of a referenced header and keeps an existing one', () => {
    const doc = {
      paths: { '/p': { post: { responses: { '200': { headers: { signature: { $ref: '#/components/headers/Sig' }, 'client-id': { schema: { type: 'string' }, example: 'KEEP' } } } } } } },
      components: { headers: { Sig: { schema: { type: 'string' } } } },
    };
    const out = addResponseHeaderExamples(doc, { signature: 'SIG', 'client-id': 'CID' }) as any;
    expect(out.components.headers.Sig.example).toBe('SIG');
    expect(out.paths['/p'].post.responses['200'].headers['client-id'].example).toBe('KEEP');
    expect((doc.components.headers.Sig as Record<string, unknown>).example).toBeUndefined();
  });
});

describe('mountAtPrefixes', () => {
  it('serves each path under every prefix with distinct operationIds and no servers', () => {
    const doc = { servers: [{ url: 'https://x/ams/api' }], paths: { '/v1/payments/pay': { post: { operationId: 'pay' } } } };
    const out = mountAtPrefixes(doc, ['/ams/api', '/ams/sandbox/api']) as any;
    expect(out.servers).toBeUndefined();
    expect(out.paths['/ams/api/v1/payments/pay'].post.operationId).toBe('pay_ams_api');
    expect(out.paths['/ams/sandbox/api/v1/payments/pay'].post.operationId).toBe('pay_ams_sandbox_api');
  });
});
