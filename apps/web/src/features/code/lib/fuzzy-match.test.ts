import { describe, expect, it } from 'vitest';
import { fuzzyMatch, rankPaths } from './fuzzy-match.ts';

describe('fuzzyMatch', () => {
  it('finds the characters in order and remembers where', () => {
    expect(fuzzyMatch('idx', 'src/index.ts')?.positions).toEqual([4, 6, 8]);
    expect(fuzzyMatch('xdi', 'src/index.ts')).toBeNull();
  });

  it('ignores case and spaces', () => {
    expect(fuzzyMatch('Read Me', 'docs/README.md')).not.toBeNull();
  });
});

describe('rankPaths', () => {
  it('puts file-name matches before folder-name matches', () => {
    const ranked = rankPaths('greet', [
      'greetings/other/util.js',
      'src/greeting.js',
      'test/greeting.test.js',
    ]);
    expect(ranked.map((match) => match.path)).toEqual([
      'src/greeting.js',
      'test/greeting.test.js',
      'greetings/other/util.js',
    ]);
  });

  it('keeps at most the limit', () => {
    expect(rankPaths('a', ['a1', 'a2', 'a3'], 2)).toHaveLength(2);
  });

  it('lists everything for an empty query, in path order', () => {
    expect(rankPaths('', ['b', 'a']).map((match) => match.path)).toEqual(['a', 'b']);
  });
});
