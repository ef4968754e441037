import type Database from 'better-sqlite3';
import type { Comment, Location, RelativeFileVersionEnum } from '@aws-sdk/client-codecommit';
import { commentSchema } from './schema.ts';
import { reactionKey } from './reactions.ts';

/** A comment as the database keeps it: where it was made, and what it says. */
export interface CommentRecord {
  commentId: string;
  repositoryId: string;
  pullRequestId?: string;
  beforeCommitId?: string;
  afterCommitId: string;
  beforeBlobId?: string;
  afterBlobId?: string;
  location?: Location;
  inReplyTo?: string;
  content: string;
  authorArn: string;
  creationDate: Date;
  lastModifiedDate: Date;
  deleted: boolean;
  clientRequestToken?: string;
}

interface CommentRow {
  comment_id: string;
  repository_id: string;
  pull_request_id: number | null;
  before_commit_id: string | null;
  after_commit_id: string;
  before_blob_id: string | null;
  after_blob_id: string | null;
  file_path: string | null;
  file_position: number | null;
  relative_file_version: string | null;
  in_reply_to: string | null;
  content: string;
  author_arn: string;
  creation_date: number;
  last_modified_date: number;
  deleted: number;
  client_request_token: string | null;
}

const toRecord = (row: CommentRow): CommentRecord => ({
  commentId: row.comment_id,
  repositoryId: row.repository_id,
  pullRequestId: row.pull_request_id === null ? undefined : String(row.pull_request_id),
  beforeCommitId: row.before_commit_id ?? undefined,
  afterCommitId: row.after_commit_id,
  beforeBlobId: row.before_blob_id ?? undefined,
  afterBlobId: row.after_blob_id ?? undefined,
  location:
    row.file_path === null
      ? undefined
      : {
          filePath: row.file_path,
          filePosition: row.file_position ?? undefined,
          relativeFileVersion: (row.relative_file_version ?? undefined) as
            RelativeFileVersionEnum | undefined,
        },
  inReplyTo: row.in_reply_to ?? undefined,
  content: row.content,
  authorArn: row.author_arn,
  creationDate: new Date(row.creation_date),
  lastModifiedDate: new Date(row.last_modified_date),
  deleted: row.deleted === 1,
  clientRequestToken: row.client_request_token ?? undefined,
});

export const insertComment = (db: Database.Database, comment: CommentRecord): void => {
  commentSchema(db)
    .prepare(
      `INSERT INTO comments (comment_id, repository_id, pull_request_id, before_commit_id, after_commit_id, before_blob_id, after_blob_id,
        file_path, file_position, relative_file_version, in_reply_to, content, author_arn, creation_date, last_modified_date, deleted, client_request_token)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    )
    .run(
      comment.commentId,
      comment.repositoryId,
      comment.pullRequestId ?? null,
      comment.beforeCommitId ?? null,
      comment.afterCommitId,
      comment.beforeBlobId ?? null,
      comment.afterBlobId ?? null,
      comment.location?.filePath ?? null,
      comment.location?.filePosition ?? null,
      comment.location?.relativeFileVersion ?? null,
      comment.inReplyTo ?? null,
      comment.content,
      comment.authorArn,
      comment.creationDate.getTime(),
      comment.lastModifiedDate.getTime(),
      comment.clientRequestToken ?? null,
    );
};

export const findComment = (
  db: Database.Database,
  commentId: string,
): CommentRecord | undefined => {
  const row = commentSchema(db)
    .prepare<[string], CommentRow>('SELECT * FROM comments WHERE comment_id = ?')
    .get(commentId);
  return row && toRecord(row);
};

export const findCommentByToken = (
  db: Database.Database,
  authorArn: string,
  clientRequestToken: string,
): CommentRecord | undefined => {
  const row = commentSchema(db)
    .prepare<[string, string], CommentRow>(
      'SELECT * FROM comments WHERE author_arn = ? AND client_request_token = ?',
    )
    .get(authorArn, clientRequestToken);
  return row && toRecord(row);
};

/** The comments of a pull request, or of a comparison outside pull requests, oldest first. */
export const listComments = (
  db: Database.Database,
  filter: {
    repositoryId: string;
    pullRequestId?: string;
    beforeCommitId?: string;
    afterCommitId?: string;
  },
): CommentRecord[] => {
  const conditions = ['repository_id = ?'];
  const values: (string | null)[] = [filter.repositoryId];
  if (filter.pullRequestId === undefined) conditions.push('pull_request_id IS NULL');
  else {
    conditions.push('pull_request_id = ?');
    values.push(filter.pullRequestId);
  }
  if (filter.afterCommitId !== undefined) {
    conditions.push('after_commit_id = ?');
    values.push(filter.afterCommitId);
    conditions.push('before_commit_id IS ?');
    values.push(filter.beforeCommitId ?? null);
  }
  return commentSchema(db)
    .prepare<(string | null)[], CommentRow>(
      `SELECT * FROM comments WHERE ${conditions.join(' AND ')} ORDER BY creation_date, rowid`,
    )
    .all(...values)
    .map(toRecord);
};

export const updateCommentContent = (
  db: Database.Database,
  commentId: string,
  content: string,
  deleted = false,
): CommentRecord => {
  commentSchema(db)
    .prepare(
      'UPDATE comments SET content = ?, deleted = ?, last_modified_date = ? WHERE comment_id = ?',
    )
    .run(content, deleted ? 1 : 0, Date.now(), commentId);
  const updated = findComment(db, commentId);
  if (!updated) throw new Error(`Comment ${commentId} vanished during an update`);
  return updated;
};

/** Sets (short code) or removes (undefined) a user's one reaction to a comment. */
export const setReaction = (
  db: Database.Database,
  commentId: string,
  userArn: string,
  shortCode: string | undefined,
): void => {
  commentSchema(db);
  if (shortCode === undefined)
    db.prepare('DELETE FROM comment_reactions WHERE comment_id = ? AND user_arn = ?').run(
      commentId,
      userArn,
    );
  else {
    db.prepare(
      'INSERT INTO comment_reactions (comment_id, user_arn, short_code, reacted_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET short_code = excluded.short_code, reacted_at = excluded.reacted_at',
    ).run(commentId, userArn, shortCode, Date.now());
  }
};

/** Who reacted how to a comment, in the order they reacted. */
export const listReactions = (
  db: Database.Database,
  commentId: string,
): { userArn: string; shortCode: string }[] =>
  commentSchema(db)
    .prepare<[string], { user_arn: string; short_code: string }>(
      'SELECT user_arn, short_code FROM comment_reactions WHERE comment_id = ? ORDER BY reacted_at, rowid',
    )
    .all(commentId)
    .map((row) => ({ userArn: row.user_arn, shortCode: row.short_code }));

/**
 * A comment in CodeCommit's output shape, with the reactions counted and the caller's own.
 * A deleted comment keeps its place in the thread but shows no content.
 */
export const toComment = (
  db: Database.Database,
  comment: CommentRecord,
  callerArn: string,
): Comment => {
  const reactions = listReactions(db, comment.commentId);
  const reactionCounts: Record<string, number> = {};
  for (const reaction of reactions)
    reactionCounts[reactionKey(reaction.shortCode)] =
      (reactionCounts[reactionKey(reaction.shortCode)] ?? 0) + 1;
  return {
    commentId: comment.commentId,
    content: comment.deleted ? undefined : comment.content,
    inReplyTo: comment.inReplyTo,
    creationDate: comment.creationDate,
    lastModifiedDate: comment.lastModifiedDate,
    authorArn: comment.authorArn,
    deleted: comment.deleted,
    clientRequestToken: comment.clientRequestToken,
    callerReactions: reactions
      .filter((reaction) => reaction.userArn === callerArn)
      .map((reaction) => reactionKey(reaction.shortCode)),
    reactionCounts,
  };
};
