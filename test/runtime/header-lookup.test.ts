import { describe, expect, it } from 'vitest';
import { getHeader } from '../../src/header-lookup.ts';

describe('getHeader', () => {
  it.each([
    { name: 'a Headers object, any case', headers: new Headers({ Signature: 's1' }), want: 's1' },
    { name: 'a Node record (lower-case keys)', headers: { signature: 's1', 'content-type': 'x' }, want: 's1' },
    { name: 'a record with a capitalised key', headers: { Signature: 's1' }, want: 's1' },
    { name: 'a record spelling the name twice', headers: { signature: 's1', SIGNATURE: 's2' }, want: 's1, s2' },
    { name: 'a repeated value (array)', headers: { signature: ['s1', 's2'] }, want: 's1, s2' },
    { name: 'a number', headers: { signature: 7 }, want: '7' },
    { name: 'a blank value', headers: { signature: '  ' }, want: undefined },
    { name: 'no such header', headers: { other: 'x' }, want: undefined },
  ])('reads $name', ({ headers, want }) => {
    expect(getHeader(headers, 'signature')).toBe(want);
  });
});
