import { describe, expect, it } from 'vitest';
import { lineCount, toDiffText } from './diff-text.ts';

describe('toDiffText', () => {
  it('drops the one final newline git counts as the end of the last line', () => {
    expect(toDiffText('a\nb\n')).toEqual({ text: 'a\nb', endsWithNewline: true });
    expect(toDiffText('a\r\nb\r\n')).toEqual({ text: 'a\r\nb', endsWithNewline: true });
  });

  it('keeps a blank line the file really has before its final newline', () => {
    expect(toDiffText('a\n\n')).toEqual({ text: 'a\n', endsWithNewline: true });
  });

  it('says when a file has no final newline', () => {
    expect(toDiffText('a\nb')).toEqual({ text: 'a\nb', endsWithNewline: false });
    expect(toDiffText('')).toEqual({ text: '', endsWithNewline: false });
  });
});

describe('lineCount', () => {
  it('counts lines as git does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });
});
