import { describe, expect, it } from 'vitest';
import { listFromText } from './list-text.ts';

describe('listFromText', () => {
  it('splits on new lines and commas, trims, and drops blanks', () => {
    expect(listFromText(' main \n\nrelease/1, hotfix ,\n')).toEqual([
      'main',
      'release/1',
      'hotfix',
    ]);
  });

  it('gives an empty list for empty or blank text', () => {
    expect(listFromText('')).toEqual([]);
    expect(listFromText(' \n , ')).toEqual([]);
  });
});
