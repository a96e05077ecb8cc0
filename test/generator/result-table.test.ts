import { describe, expect, it } from 'vitest';
import { parseResultTable } from '../../generator/result-table.ts';
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
