import { describe, expect, it } from 'vitest';
import { describeCondition, renderLogicMarkdown } from '../../generator/logic.ts';

describe('describeCondition', () => {
  it.each([
    { when: { resultCode: { equals: 'A' } }, want: '`resultCode` is `A`' },
    { when: { resultCode: { notEquals: 'A' } }, want: '`resultCode` is not `A`' },
    { when: { resultCode: { in: ['A', 'B'] } }, want: '`resultCode` is one of `A`, `B`' },
    { when: { anyPresent: ['x', 'y'] }, want: 'at least one of `x`, `y` is present' },
    { when: { nonePresent: ['x'] }, want: 'none of `x` is present' },
    { when: { a: 'b', allPresent: ['c'] }, want: '`a` is `b` and all of `c` are present' },
  ])('$want', ({ when, want }) => {
    expect(describeCondition(when)).toBe(want);
  });
});

describe('renderLogicMarkdown', () => {
  it('nests rules as bullets, one level per rule list', () => {
    const markdown = renderLogicMarkdown({
      byStatus: {
        S: { outcome: 'call_succeeded', action: 'Done.' },
        U: { rules: [{ when: { code: { equals: 'P' } }, rules: [{ when: { anyPresent: ['url'] }, action: 'Redirect.' }] }] },
      },
    });
    expect(markdown.split('\n')).toEqual([
      'Read `resultStatus` first, then follow the branch:',
      '',
      '- `S`: **Call succeeded.** Done.',
      '- `U`:',
      '  - If `code` is `P`:',
      '    - If at least one of `url` is present: Redirect.',
    ]);
  });

  it('passes Markdown text through', () => {
    expect(renderLogicMarkdown('  Just text.\n')).toBe('Just text.');
  });
});
