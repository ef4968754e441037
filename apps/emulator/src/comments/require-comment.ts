import type Database from 'better-sqlite3';
import { fail } from '../protocol/errors.ts';
import { findComment, type CommentRecord } from './comment-store.ts';

/**
 * The comment an operation names: CommentDoesNotExistException when there is none,
 * CommentDeletedException when `live` is asked and its content was deleted.
 *
 * @example
 * const comment = requireComment(ctx.db, input.commentId, { live: true });
 */
export const requireComment = (
  db: Database.Database,
  commentId: string,
  options: { live?: boolean } = {},
): CommentRecord => {
  if (/[\s\0]/.test(commentId))
    fail('InvalidCommentIdException', `${JSON.stringify(commentId)} is not a comment ID.`);
  const comment = findComment(db, commentId);
  if (!comment) return fail('CommentDoesNotExistException', `No comment has the ID ${commentId}.`);
  if (options.live && comment.deleted)
    fail('CommentDeletedException', `The comment ${commentId} was deleted.`);
  return comment;
};
