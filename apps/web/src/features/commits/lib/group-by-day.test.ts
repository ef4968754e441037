import { describe, expect, it } from 'vitest';
import { groupByDay } from './group-by-day.ts';

describe('groupByDay', () => {
  it('keeps the order and starts a group when the day changes', () => {
    const at = (iso: string) => ({
      author: { date: `${Math.floor(Date.parse(iso) / 1000)} +0000` },
    });
    const groups = groupByDay([
      at('2026-03-02T12:00:00'),
      at('2026-03-02T08:00:00'),
      at('2026-03-01T12:00:00'),
    ]);
    expect(groups.map((group) => group.commits.length)).toEqual([2, 1]);
  });

  it('puts commits without a date together', () => {
    expect(groupByDay([{}, {}])).toEqual([{ day: 'Unknown date', commits: [{}, {}] }]);
  });
});
