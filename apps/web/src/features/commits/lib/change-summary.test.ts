import { describe, expect, it } from 'vitest';
import { describeChange } from './change-summary.ts';

describe('describeChange', () => {
  it('names additions, deletions, modifications and renames', () => {
    expect(describeChange({ changeType: 'A', afterBlob: { path: 'a.txt' } })).toEqual({
      kind: 'added',
      path: 'a.txt',
    });
    expect(describeChange({ changeType: 'D', beforeBlob: { path: 'a.txt' } })).toEqual({
      kind: 'deleted',
      path: 'a.txt',
    });
    expect(
      describeChange({
        changeType: 'M',
        beforeBlob: { path: 'a.txt' },
        afterBlob: { path: 'a.txt' },
      }),
    ).toEqual({
      kind: 'modified',
      path: 'a.txt',
    });
    expect(
      describeChange({
        changeType: 'M',
        beforeBlob: { path: 'old.txt' },
        afterBlob: { path: 'new.txt' },
      }),
    ).toEqual({
      kind: 'renamed',
      path: 'new.txt',
      previousPath: 'old.txt',
    });
  });
});
