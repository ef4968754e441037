import { describe, expect, it } from 'vitest';
import { countReactions, reactionFor } from './reactions.ts';

describe('reactions', () => {
  it('reads the keys CodeCommit may use for a reaction', () => {
    expect(reactionFor('THUMBSUP')?.emoji).toBe('👍');
    expect(reactionFor(':heart:')?.shortCode).toBe('heart');
    expect(reactionFor('❤')?.shortCode).toBe('heart');
    expect(reactionFor('NOPE')).toBeUndefined();
  });

  it('counts reactions in the offered order and marks the caller’s own', () => {
    expect(countReactions({ ROCKET: 1, THUMBSUP: 2, UNKNOWN: 4 }, ['THUMBSUP'])).toEqual([
      expect.objectContaining({
        count: 2,
        mine: true,
        reaction: expect.objectContaining({ shortCode: 'thumbsup' }),
      }),
      expect.objectContaining({
        count: 1,
        mine: false,
        reaction: expect.objectContaining({ shortCode: 'rocket' }),
      }),
    ]);
  });
});
