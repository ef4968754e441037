import { describe, expect, it } from 'vitest';
import { formatLineRange, lineRangeFromSelection, parseLineRange } from './line-range.ts';

describe('line ranges in the URL', () => {
  it('reads one line and a range in either order', () => {
    expect(parseLineRange('#L12')).toEqual({ start: 12, end: 12 });
    expect(parseLineRange('#L3-L7')).toEqual({ start: 3, end: 7 });
    expect(parseLineRange('#L7-L3')).toEqual({ start: 3, end: 7 });
  });

  it('ignores anything else', () => {
    expect(parseLineRange('')).toBeNull();
    expect(parseLineRange('#readme')).toBeNull();
    expect(parseLineRange('#L0')).toBeNull();
  });

  it('writes what it reads', () => {
    expect(formatLineRange({ start: 3, end: 7 })).toBe('#L3-L7');
    expect(formatLineRange({ start: 4, end: 4 })).toBe('#L4');
    expect(formatLineRange(null)).toBe('');
  });

  it('treats a selection ending at column 1 as ending on the line before', () => {
    expect(lineRangeFromSelection({ startLineNumber: 3, endLineNumber: 8, endColumn: 1 })).toEqual({
      start: 3,
      end: 7,
    });
    expect(lineRangeFromSelection({ startLineNumber: 3, endLineNumber: 3, endColumn: 1 })).toEqual({
      start: 3,
      end: 3,
    });
    expect(lineRangeFromSelection({ startLineNumber: 3, endLineNumber: 7, endColumn: 4 })).toEqual({
      start: 3,
      end: 7,
    });
  });
});
