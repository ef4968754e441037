import { describe, expect, it } from 'vitest';
import { countChangedLines, unifiedLineOf, type LineChange } from './line-changes.ts';

const change = (
  originalStartLineNumber: number,
  originalEndLineNumber: number,
  modifiedStartLineNumber: number,
  modifiedEndLineNumber: number,
): LineChange => ({
  originalStartLineNumber,
  originalEndLineNumber,
  modifiedStartLineNumber,
  modifiedEndLineNumber,
});

// Old: a b c d e. New: a B c x d (b changed to B, x inserted after c, e removed).
const changes = [change(2, 2, 2, 2), change(3, 0, 4, 4), change(5, 5, 5, 0)];

describe('countChangedLines', () => {
  it('counts inserted, removed and changed lines on each side', () => {
    expect(countChangedLines(changes)).toEqual({ added: 2, removed: 2 });
    expect(countChangedLines([])).toEqual({ added: 0, removed: 0 });
  });
});

describe('unifiedLineOf', () => {
  it('maps unchanged lines past insertions to their new numbers', () => {
    expect(unifiedLineOf(changes, 1)).toBe(1);
    expect(unifiedLineOf(changes, 3)).toBe(3);
    expect(unifiedLineOf(changes, 4)).toBe(5);
  });

  it('places a changed or removed line at the end of its stretch', () => {
    expect(unifiedLineOf(changes, 2)).toBe(2);
    expect(unifiedLineOf(changes, 5)).toBe(5);
  });
});
