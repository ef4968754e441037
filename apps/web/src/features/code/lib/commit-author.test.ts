import { describe, expect, it } from 'vitest';
import { gitDate } from './commit-author.ts';

describe('gitDate', () => {
  it("reads git's seconds-and-zone form and ISO dates", () => {
    expect(gitDate('1484167798 -0800')?.toISOString()).toBe('2017-01-11T20:49:58.000Z');
    expect(gitDate('2024-05-01T10:00:00Z')?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  it('gives nothing for nothing', () => {
    expect(gitDate(undefined)).toBeUndefined();
    expect(gitDate('not a date')).toBeUndefined();
  });
});
