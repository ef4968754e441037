import { describe, expect, it } from 'vitest';
import { matchesSearch, searchNote } from './list-search.ts';

const pullRequest = {
  title: 'Shout the second line',
  authorArn: 'arn:aws:iam::123456789012:user/developer',
};

describe('matchesSearch', () => {
  it('finds every word in the title or the author, in any case and order', () => {
    expect(matchesSearch(pullRequest, 'DEVELOPER shout')).toBe(true);
    expect(matchesSearch(pullRequest, '  line  ')).toBe(true);
    expect(matchesSearch(pullRequest, 'shout whisper')).toBe(false);
    expect(matchesSearch(pullRequest, 'admin')).toBe(false);
  });
});

describe('searchNote', () => {
  it('says how many were searched and whether more remain', () => {
    expect(searchNote({ loaded: 50, matches: 3, more: true, loading: true })).toBe(
      'Searched the 50 pull requests loaded so far: 3 match. Loading more…',
    );
    expect(searchNote({ loaded: 50, matches: 1, more: true, loading: false })).toBe(
      'Searched the 50 pull requests loaded so far: 1 matches. More are not loaded yet.',
    );
    expect(searchNote({ loaded: 60, matches: 0, more: false, loading: false })).toBe(
      'Searched all 60 pull requests: none match.',
    );
  });
});
