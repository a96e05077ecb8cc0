import { describe, expect, it } from 'vitest';
import { collectCommonResultTable, collectResultTables, parseCommonResultTable, parseResultTable } from '../../generator/result-table.ts';
import { resolveSpec } from '../../generator/resolve.ts';
import type { OpenApiDocument } from '../../generator/types.ts';
import { ROOT, lineOf } from './helpers.ts';
import { GeneratorError } from '../../generator/types.ts';

const where = { operationId: 'op', method: 'post', path: '/x', pointer: '#/paths/~1x/post' };
const row = (code: string, status = 'F') => ({ code, status, message: `${code} message`, action: `${code} action` });
const fallback = { status: 'U', message: 'Unknown', action: 'Ask.' };

describe('parseResultTable', () => {
  it('reads a valid table in order, with statuses, fallback and example plan', () => {
    const table = parseResultTable(
      {
        statuses: [
          { status: 'S', title: 'Ok', description: 'Fine.' },
          { status: 'F', title: 'Failed', description: 'No.' },
          { status: 'U', title: 'Unknown', description: 'Maybe.' },
        ],
        codes: [row('B_CODE', 'S'), row('A_CODE')],
        fallback,
        examples: { default: 'A_CODE', resultProperty: 'result', fields: { code: 'c', status: 's', message: 'm' }, byCode: { A_CODE: { x: 1 } } },
      },
      where,
    );
    expect(table.codes.map((c) => c.code)).toEqual(['B_CODE', 'A_CODE']);
    expect(table.fallback).toEqual(fallback);
    expect(table.examples?.default).toBe('A_CODE');
    expect(table.examples?.byCode).toEqual({ A_CODE: { x: 1 } });
  });

  it.each([
    { name: 'a duplicated code', value: { codes: [row('A'), row('A')], fallback }, pointer: '/codes/1/code', message: 'listed twice' },
    { name: 'a code that is not UPPER_SNAKE_CASE', value: { codes: [row('lower')], fallback }, pointer: '/codes/0/code', message: 'UPPER_SNAKE_CASE' },
    { name: 'an empty message', value: { codes: [{ ...row('A'), message: '' }], fallback }, pointer: '/codes/0/message', message: 'non-empty string' },
    { name: 'no codes', value: { codes: [], fallback }, pointer: '/codes', message: 'non-empty list' },
    { name: 'no fallback', value: { codes: [row('A')] }, pointer: '/fallback/status', message: 'non-empty string' },
    {
      name: 'a status that is not declared',
      value: { statuses: [{ status: 'S', title: 'Ok', description: 'Fine.' }], codes: [row('A', 'Q')], fallback },
      pointer: '/codes/0/status',
      message: 'not one of S',
    },
    {
      name: 'an example override for a code not in the table',
      value: { codes: [row('A')], fallback, examples: { resultProperty: 'r', fields: { code: 'c', status: 's', message: 'm' }, byCode: { B: {} } } },
      pointer: '/examples/byCode/B',
      message: 'not in the table',
    },
    {
      name: 'a default example code not in the table',
      value: { codes: [row('A')], fallback, examples: { default: 'Z', resultProperty: 'r', fields: { code: 'c', status: 's', message: 'm' } } },
      pointer: '/examples/default',
      message: 'not in the table',
    },
    { name: 'logic that is neither text nor byStatus', value: { codes: [row('A')], fallback, logic: { other: 1 } }, pointer: '/logic', message: 'byStatus' },
  ])('rejects $name with a JSON pointer to it', ({ value, pointer, message }) => {
    let caught: unknown;
    try {
      parseResultTable(value, where);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GeneratorError);
    const error = caught as GeneratorError;
    expect(error.location).toBe(`#/paths/~1x/post/x-result-codes${pointer}`);
    expect(error.rule).toBe('x-result-codes');
    expect(error.message).toContain(message);
  });
});

describe('inferred rows', () => {
  it('keeps inferred: true on the row it marks, and nothing on the others', () => {
    const table = parseResultTable({ codes: [{ ...row('A'), inferred: true }, row('B')], fallback }, where);
    expect(table.codes[0]).toEqual({ ...row('A'), inferred: true });
    expect(table.codes[1]).toEqual(row('B'));
    expect('inferred' in table.codes[1]!).toBe(false);
  });

  it.each([false, 'yes', 1])('refuses inferred: %j with a JSON pointer to it', (value) => {
    expect(() => parseResultTable({ codes: [row('A'), { ...row('B'), inferred: value }], fallback }, where)).toThrow(
      expect.objectContaining({ location: '#/paths/~1x/post/x-result-codes/codes/1/inferred', message: expect.stringContaining('inferred must be true') }),
    );
  });
});

describe('the gateway-wide table (x-common-result-codes)', () => {
  const doc = (root: Record<string, unknown>): OpenApiDocument => ({ openapi: '3.1.0', info: { title: 'X', version: '1' }, paths: {}, ...root });

  it('reads its rows, in order, with their inferred flags', () => {
    const common = collectCommonResultTable(doc({ 'x-common-result-codes': { codes: [{ ...row('SIGNED_WRONG'), inferred: true }, row('BUSY', 'U')] } }));
    expect(common).toEqual({ pointer: '#/x-common-result-codes', statuses: [], codes: [{ ...row('SIGNED_WRONG'), inferred: true }, row('BUSY', 'U')] });
  });

  it('is undefined for a document without one (the lockers fixture, Stripe)', () => {
    expect(collectCommonResultTable(doc({}))).toBeUndefined();
  });

  it.each([
    { name: 'a duplicated code', value: { codes: [row('A'), row('A')] }, pointer: '/codes/1/code', message: 'listed twice' },
    { name: 'a lower-case code', value: { codes: [row('a')] }, pointer: '/codes/0/code', message: 'UPPER_SNAKE_CASE' },
    { name: 'an empty action', value: { codes: [{ ...row('A'), action: ' ' }] }, pointer: '/codes/0/action', message: 'non-empty string' },
    { name: 'no codes', value: { codes: [] }, pointer: '/codes', message: 'non-empty list' },
    { name: 'a status outside S, F and U', value: { codes: [row('A', 'Q')] }, pointer: '/codes/0/status', message: 'not one of S, F, U' },
    { name: 'an inferred flag that is not true', value: { codes: [{ ...row('A'), inferred: 'no' }] }, pointer: '/codes/0/inferred', message: 'must be true' },
    { name: 'a list instead of a table', value: [row('A')], pointer: '', message: 'expected an object' },
  ])('rejects $name with a JSON pointer to it', ({ value, pointer, message }) => {
    let caught: unknown;
    try {
      parseCommonResultTable(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GeneratorError);
    const error = caught as GeneratorError;
    expect(error.location).toBe(`#/x-common-result-codes${pointer}`);
    expect(error.rule).toBe('x-common-result-codes');
    expect(error.message).toContain(message);
  });

  it.each(['common', 'unknown'])('refuses an operation named %s, whose table names would collide with the shared exports', (operationId) => {
    const input = doc({ paths: { '/x': { post: { operationId, 'x-result-codes': { codes: [row('A')], fallback } } } } });
    expect(() => collectResultTables(input)).toThrow(expect.objectContaining({ location: '#/paths/~1x/post/operationId', message: expect.stringContaining('rename the operation') }));
  });
});

describe('errors in the gateway-wide table are reported where they are written', () => {
  it('locates a JSON pointer into x-common-result-codes in spec/result-codes/common.yaml', async () => {
    const resolved = await resolveSpec(`${ROOT}/spec/openapi.yaml`, ROOT);
    const line = lineOf(ROOT, 'spec/result-codes/common.yaml', '- code: KEY_NOT_FOUND');
    expect(await resolved.locate('#/x-common-result-codes/codes/1/code')).toBe(`spec/result-codes/common.yaml:${line}:11`);
    expect(resolved.document['x-common-result-codes']).toMatchObject({ codes: expect.arrayContaining([expect.objectContaining({ code: 'INVALID_SIGNATURE', inferred: true })]) });
  }, 60_000);
});
