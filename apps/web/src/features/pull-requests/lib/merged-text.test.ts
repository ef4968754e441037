import { describe, expect, it } from 'vitest';
import { hasConflictMarkers, mergedText } from './merged-text.ts';

describe('merged text', () => {
  const baseText = 'one\ntwo\nthree\nfour\nfive\n';

  it('applies one-sided changes and marks the conflicting ones', () => {
    const text = mergedText({
      baseText,
      sourceLabel: 'feature',
      destinationLabel: 'main',
      hunks: [
        {
          isConflict: true,
          base: { startLine: 2, endLine: 2, hunkContent: 'two\n' },
          source: { startLine: 2, endLine: 2, hunkContent: 'TWO\n' },
          destination: { startLine: 2, endLine: 2, hunkContent: 'deux\n' },
        },
        {
          isConflict: false,
          base: { startLine: 5, endLine: 5, hunkContent: 'five\n' },
          source: { startLine: 5, endLine: 4, hunkContent: '' },
          destination: { startLine: 5, endLine: 5, hunkContent: 'five\n' },
        },
      ],
    });
    expect(text).toBe('one\n<<<<<<< feature\nTWO\n=======\ndeux\n>>>>>>> main\nthree\nfour\n');
    expect(hasConflictMarkers(text)).toBe(true);
    expect(hasConflictMarkers('one\n== not a marker\n')).toBe(false);
  });

  it('places insertions after the base line they follow', () => {
    const text = mergedText({
      baseText,
      sourceLabel: 's',
      destinationLabel: 'd',
      hunks: [
        {
          isConflict: false,
          base: { startLine: 4, endLine: 3, hunkContent: '' },
          source: { startLine: 4, endLine: 4, hunkContent: 'three and a half\n' },
          destination: { startLine: 4, endLine: 3, hunkContent: '' },
        },
      ],
    });
    expect(text).toBe('one\ntwo\nthree\nthree and a half\nfour\nfive\n');
  });
});
