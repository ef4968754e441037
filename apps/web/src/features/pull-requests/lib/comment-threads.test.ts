import { describe, expect, it } from 'vitest';
import { placeOf, toThreads } from './comment-threads.ts';

describe('comment threads', () => {
  it('gathers replies, and replies to replies, under their root in time order', () => {
    const threads = toThreads([
      { commentId: 'c', inReplyTo: 'b', creationDate: '2026-01-03' },
      { commentId: 'a', creationDate: '2026-01-01' },
      { commentId: 'b', inReplyTo: 'a', creationDate: '2026-01-02' },
      {
        commentId: 'd',
        creationDate: '2026-01-04',
        location: { filePath: 'x.ts', filePosition: 3 },
      },
      {
        commentId: 'e',
        inReplyTo: 'gone',
        creationDate: '2026-01-05',
        location: { filePath: 'x.ts' },
      },
    ]);
    expect(
      threads.map((thread) => [
        thread.root.commentId,
        thread.replies.map((reply) => reply.commentId),
      ]),
    ).toEqual([
      ['a', ['b', 'c']],
      ['d', []],
      ['e', []],
    ]);
    expect(threads.map((thread) => placeOf(thread.root))).toEqual(['pull-request', 'line', 'file']);
  });
});
