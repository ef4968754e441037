import { describe, expect, it } from 'vitest';
import { MAX_LISTED_REFS, looksLikeCommitId, refOptions } from './ref-options.ts';

describe('refOptions', () => {
  it('lists every branch, then every tag, when nothing is typed', () => {
    expect(refOptions('', ['main', 'feature/x'], ['v1.0']).options).toEqual([
      { kind: 'branch', name: 'feature/x' },
      { kind: 'branch', name: 'main' },
      { kind: 'tag', name: 'v1.0' },
    ]);
  });

  it('keeps names holding the text, those starting with it first, case aside', () => {
    const { options } = refOptions('Fe', ['main', 'old-feature', 'feature/b', 'feature/a'], []);
    expect(options.map((option) => option.name)).toEqual(['feature/a', 'feature/b', 'old-feature']);
  });

  it('offers the typed hexadecimal digits as a commit, after refs that match them', () => {
    expect(refOptions('BEEF12', ['beef12-fix'], []).options).toEqual([
      { kind: 'branch', name: 'beef12-fix' },
      { kind: 'commit', name: 'beef12' },
    ]);
    expect(refOptions('abc', [], []).options).toEqual([]);
    expect(refOptions('release', ['main'], ['v1']).options).toEqual([]);
  });

  it('lists at most a hundred refs and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED_REFS + 5 }, (_, index) => `b${index}`);
    const { options, hidden } = refOptions('', many, []);
    expect(options).toHaveLength(MAX_LISTED_REFS);
    expect(hidden).toBe(5);
  });
});

describe('looksLikeCommitId', () => {
  it('takes 4 to 40 hexadecimal digits', () => {
    expect(looksLikeCommitId('abcd')).toBe(true);
    expect(looksLikeCommitId('a'.repeat(40))).toBe(true);
    expect(looksLikeCommitId('abc')).toBe(false);
    expect(looksLikeCommitId('a'.repeat(41))).toBe(false);
    expect(looksLikeCommitId('main')).toBe(false);
  });
});
