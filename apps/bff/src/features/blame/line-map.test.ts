import { describe, expect, it } from 'vitest';
import { splitLines, stepBack, toRanges } from './line-map.ts';

describe('line map', () => {
  it('splits lines as git counts them', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
  });

  it('finds the lines a version introduced and maps the rest to the older version', () => {
    const older = ['one', 'two', 'three'];
    const newer = ['zero', 'one', 'three', 'four'];
    const { introduced, olderTracked } = stepBack(older, newer, [0, 1, 2, 3]);
    expect(introduced).toEqual([0, 3]);
    expect(olderTracked).toEqual([1, -1, 2]);
  });

  it('ignores lines no longer tracked', () => {
    const { introduced } = stepBack(['a'], ['a', 'b', 'c'], [0, -1, 2]);
    expect(introduced).toEqual([2]);
  });

  it('turns line indexes into 1-based ranges', () => {
    expect(toRanges([9, 3, 4, 5])).toEqual([
      [4, 6],
      [10, 10],
    ]);
  });
});
