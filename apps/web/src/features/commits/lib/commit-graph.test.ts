import { describe, expect, it } from 'vitest';
import { commitGraph } from './commit-graph.ts';

const commit = (commitId: string, ...parents: string[]) => ({ commitId, parents });

describe('commitGraph', () => {
  it('keeps a straight history in one lane', () => {
    const rows = commitGraph([commit('c', 'b'), commit('b', 'a'), commit('a')]);
    expect(rows.map((row) => row.lane)).toEqual([0, 0, 0]);
    expect(rows[1]?.edges).toEqual([
      { from: 0, to: null, color: 0 },
      { from: null, to: 0, color: 0 },
    ]);
    // The root commit ends its lane.
    expect(rows[2]?.edges).toEqual([{ from: 0, to: null, color: 0 }]);
    expect(rows[2]?.openBelow).toEqual([]);
  });

  it('opens a lane for a merged branch and closes it where the branch forked', () => {
    // m merges f into b; f forked from a.
    const rows = commitGraph([
      commit('m', 'b', 'f'),
      commit('f', 'a'),
      commit('b', 'a'),
      commit('a'),
    ]);
    expect(rows.map((row) => row.lane)).toEqual([0, 1, 0, 0]);
    expect(rows[0]?.edges).toContainEqual({ from: null, to: 1, color: 1 });
    expect(rows[0]?.width).toBe(2);
    // b passes f's lane straight down; at a both lanes meet and f's ends.
    expect(rows[2]?.edges).toContainEqual({ from: 1, to: 1, color: 1 });
    expect(rows[3]?.edges).toEqual([
      { from: 0, to: null, color: 0 },
      { from: 1, to: null, color: 1 },
    ]);
    expect(rows[3]?.openBelow).toEqual([]);
  });

  it('leaves lanes open for parents not fetched yet', () => {
    const rows = commitGraph([commit('m', 'b', 'f')]);
    expect(rows[0]?.openBelow).toEqual([0, 1]);
  });

  it('starts a new lane for a tip no lane waits for, and reuses freed lanes', () => {
    const rows = commitGraph([commit('x', 'a'), commit('y', 'b'), commit('a'), commit('b')]);
    expect(rows.map((row) => row.lane)).toEqual([0, 1, 0, 1]);
  });
});
