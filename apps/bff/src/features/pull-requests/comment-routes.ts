import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  deleteCommentContent,
  getCommentReactions,
  getCommentsForPullRequest,
  postCommentForPullRequest,
  postCommentReply,
  putCommentReaction,
  updateComment,
  type Comment,
  type CommentsForPullRequest,
} from '../../gateway/comments.ts';
import { validate } from '../../middleware/validate.ts';
import { isCallerArn } from './identity.ts';
import { loadPullRequest } from './load.ts';
import {
  commentParamsSchema,
  postCommentSchema,
  pullRequestParamsSchema,
  reactionSchema,
  replySchema,
  updateCommentSchema,
} from './schemas.ts';

type Placement = Omit<CommentsForPullRequest, 'comments'>;

/** One comment with where it was made, so the page can place it without knowing CodeCommit's grouping. */
function toCommentView(comment: Comment, placement: Placement, callerArn: string) {
  return {
    ...comment,
    beforeCommitId: placement.beforeCommitId,
    afterCommitId: placement.afterCommitId,
    beforeBlobId: placement.beforeBlobId,
    afterBlobId: placement.afterBlobId,
    location: placement.location,
    callerIsAuthor: isCallerArn(comment.authorArn, callerArn),
  };
}

/**
 * Comments on a pull request: on the whole request, a file or a line of either side; replies,
 * edits, deletions and reactions. CodeCommit checks who may change a comment.
 */
export const commentRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/comments',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const threads = await getCommentsForPullRequest(c.var.codeCommit, {
        repositoryName,
        pullRequestId,
      });
      const comments = threads.flatMap(({ comments: list, ...placement }) =>
        (list ?? []).map((comment) =>
          toCommentView(comment, placement, c.var.codeCommit.callerArn),
        ),
      );
      comments.sort((a, b) => (a.creationDate?.getTime() ?? 0) - (b.creationDate?.getTime() ?? 0));
      return c.json({ comments });
    },
  )
  .post(
    '/:repositoryName/pull-requests/:pullRequestId/comments',
    validate('param', pullRequestParamsSchema),
    validate('json', postCommentSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      const { comment, ...placement } = await postCommentForPullRequest(c.var.codeCommit, {
        repositoryName,
        pullRequestId,
        ...c.req.valid('json'),
      });
      return c.json(
        { comment: toCommentView(comment ?? {}, placement, c.var.codeCommit.callerArn) },
        201,
      );
    },
  )
  .post(
    '/:repositoryName/comments/:commentId/replies',
    validate('param', commentParamsSchema),
    validate('json', replySchema),
    async (c) => {
      const { commentId } = c.req.valid('param');
      const comment = await postCommentReply(c.var.codeCommit, {
        inReplyTo: commentId,
        ...c.req.valid('json'),
      });
      return c.json({ comment }, 201);
    },
  )
  .patch(
    '/:repositoryName/comments/:commentId',
    validate('param', commentParamsSchema),
    validate('json', updateCommentSchema),
    async (c) => {
      const { commentId } = c.req.valid('param');
      const { content } = c.req.valid('json');
      return c.json({ comment: await updateComment(c.var.codeCommit, { commentId, content }) });
    },
  )
  .delete(
    '/:repositoryName/comments/:commentId',
    validate('param', commentParamsSchema),
    async (c) => {
      const { commentId } = c.req.valid('param');
      return c.json({ comment: await deleteCommentContent(c.var.codeCommit, commentId) });
    },
  )
  .put(
    '/:repositoryName/comments/:commentId/reaction',
    validate('param', commentParamsSchema),
    validate('json', reactionSchema),
    async (c) => {
      const { commentId } = c.req.valid('param');
      const { reactionValue } = c.req.valid('json');
      await putCommentReaction(c.var.codeCommit, {
        commentId,
        reactionValue: reactionValue.trim() === '' ? 'none' : reactionValue,
      });
      return c.json({
        reactionsForComment: await getCommentReactions(c.var.codeCommit, commentId),
      });
    },
  )
  .get(
    '/:repositoryName/comments/:commentId/reactions',
    validate('param', commentParamsSchema),
    async (c) => {
      const { commentId } = c.req.valid('param');
      return c.json({
        reactionsForComment: await getCommentReactions(c.var.codeCommit, commentId),
      });
    },
  );
