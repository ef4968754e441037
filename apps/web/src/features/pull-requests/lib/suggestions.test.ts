import { describe, expect, it } from 'vitest';
import { applySuggestion, parseSuggestion, suggestionFor } from './suggestions.ts';

describe('parseSuggestion', () => {
  it('finds the fenced suggestion among other words', () => {
    expect(parseSuggestion('Shorter:\n```suggestion\nconst a = 1;\n```\nThanks')).toBe(
      'const a = 1;',
    );
    expect(parseSuggestion('````suggestion\none\ntwo\n````')).toBe('one\ntwo');
  });

  it('reads an empty block as deleting the line, and no block as no suggestion', () => {
    expect(parseSuggestion('```suggestion\n```')).toBe('');
    expect(parseSuggestion('```ts\nconst a = 1;\n```')).toBeUndefined();
    expect(parseSuggestion('plain words')).toBeUndefined();
  });

  it('round-trips what suggestionFor writes', () => {
    expect(parseSuggestion(suggestionFor('  indented line'))).toBe('  indented line');
  });
});

describe('applySuggestion', () => {
  it('replaces one line with one or more, keeping the final newline', () => {
    expect(applySuggestion('a\nb\nc\n', 2, 'B')).toBe('a\nB\nc\n');
    expect(applySuggestion('a\nb\nc', 3, 'c1\nc2')).toBe('a\nb\nc1\nc2');
  });

  it('deletes the line for an empty suggestion and keeps CRLF endings', () => {
    expect(applySuggestion('a\r\nb\r\n', 1, '')).toBe('b\r\n');
    expect(applySuggestion('a\r\nb\r\n', 2, 'x\ny')).toBe('a\r\nx\r\ny\r\n');
  });

  it('refuses a line the file does not have', () => {
    expect(() => applySuggestion('a\n', 2, 'b')).toThrow(/line 2 is not in the file/);
  });
});
