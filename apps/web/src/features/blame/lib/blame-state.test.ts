import { describe, expect, it } from 'vitest';
import { applyBlameEvents, initialBlameState, parseNdjson } from './blame-state.ts';

describe('blame state', () => {
  it('parses whole NDJSON lines and keeps the unfinished one', () => {
    const { events, rest } = parseNdjson('{"type":"done","complete":true}\n{"type":"li');
    expect(events).toEqual([{ type: 'done', complete: true }]);
    expect(rest).toBe('{"type":"li');
  });

  it('gives lines their commits as events arrive', () => {
    let state = applyBlameEvents(initialBlameState, [
      { type: 'file', commitId: 'c', filePath: 'a.txt', blobId: 'b', lines: ['x', 'y', 'z'] },
    ]);
    expect(state.owners).toEqual([undefined, undefined, undefined]);
    state = applyBlameEvents(state, [
      { type: 'commit', commit: { commitId: 'c1', parents: [] } },
      { type: 'lines', commitId: 'c1', ranges: [[2, 3]] },
    ]);
    expect(state.owners).toEqual([undefined, 'c1', 'c1']);
    expect(state.attributed).toBe(2);
    expect(state.commits['c1']?.commit.commitId).toBe('c1');
  });
});
