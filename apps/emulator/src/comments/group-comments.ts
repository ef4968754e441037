import type { Comment, Location } from '@aws-sdk/client-codecommit';
import type { CommentRecord } from './comment-store.ts';

export interface CommentGroup {
  beforeCommitId?: string;
  afterCommitId: string;
  beforeBlobId?: string;
  afterBlobId?: string;
  location?: Location;
  comments: Comment[];
}

const keyOf = (comment: CommentRecord): string =>
  JSON.stringify([
    comment.beforeCommitId,
    comment.afterCommitId,
    comment.location?.filePath,
    comment.location?.filePosition,
    comment.location?.relativeFileVersion,
  ]);

/**
 * Gathers comments the way GetCommentsForComparedCommit and GetCommentsForPullRequest answer:
 * one entry per compared pair and location (the whole comparison, a file, or a line), holding its
 * comments and their replies oldest first; entries in the order their first comment was made.
 *
 * @example
 * const groups = groupComments(records, (record) => toComment(db, record, callerArn));
 */
export const groupComments = (
  records: readonly CommentRecord[],
  show: (record: CommentRecord) => Comment,
): CommentGroup[] => {
  const byId = new Map(records.map((record) => [record.commentId, record]));
  const rootOf = (record: CommentRecord): CommentRecord => {
    let current = record;
    for (let depth = 0; current.inReplyTo !== undefined && depth < 1000; depth += 1)
      current = byId.get(current.inReplyTo) ?? current;
    return current;
  };
  const groups = new Map<string, CommentGroup>();
  for (const record of records) {
    const root = rootOf(record);
    const key = keyOf(root);
    let group = groups.get(key);
    if (!group) {
      group = {
        beforeCommitId: root.beforeCommitId,
        afterCommitId: root.afterCommitId,
        beforeBlobId: root.beforeBlobId,
        afterBlobId: root.afterBlobId,
        location: root.location,
        comments: [],
      };
      groups.set(key, group);
    }
    group.comments.push(show(record));
  }
  return [...groups.values()];
};
