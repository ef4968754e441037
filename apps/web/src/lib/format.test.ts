import { describe, expect, it } from 'vitest';
import { countOf, formatBytes, formatRelative, gitDate } from './format.ts';

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

describe('formatBytes', () => {
  it('uses the largest unit that keeps a number above one', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(283)).toBe('283 bytes');
    expect(formatBytes(7 * 1024 * 1024)).toBe('7.0 MB');
  });
});

describe('formatRelative', () => {
  it('says how long ago, in the largest whole unit', () => {
    const now = Date.parse('2026-01-10T12:00:00Z');
    expect(formatRelative('2026-01-10T11:00:00Z', now)).toMatch(/hour/);
    expect(formatRelative('2026-01-07T12:00:00Z', now)).toMatch(/3 days ago/);
  });
});

describe('countOf', () => {
  it('uses the singular for one only', () => {
    expect(countOf(1, 'repository', 'repositories')).toBe('1 repository');
    expect(countOf(0, 'repository', 'repositories')).toBe('0 repositories');
    expect(countOf(2, 'commit')).toBe('2 commits');
    expect(countOf(1200, 'file')).toBe(`${(1200).toLocaleString()} files`);
  });
});
