import { randomUUID } from 'node:crypto';
import type {
  DeleteCommentContentInput,
  DeleteCommentContentOutput,
  GetCommentInput,
  GetCommentOutput,
  GetCommentReactionsInput,
  GetCommentReactionsOutput,
  GetCommentsForComparedCommitInput,
  GetCommentsForComparedCommitOutput,
  GetCommentsForPullRequestInput,
  GetCommentsForPullRequestOutput,
  PostCommentForComparedCommitInput,
  PostCommentForComparedCommitOutput,
  PostCommentForPullRequestInput,
  PostCommentForPullRequestOutput,
  PostCommentReplyInput,
  PostCommentReplyOutput,
  PutCommentReactionInput,
  UpdateCommentInput,
  UpdateCommentOutput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationContext, OperationTable } from './types.ts';
import { fail } from '../protocol/errors.ts';
import {
  findCommentByToken,
  insertComment,
  listComments,
  listReactions,
  setReaction,
  toComment,
  updateCommentContent,
  type CommentRecord,
} from '../comments/comment-store.ts';
import { groupComments } from '../comments/group-comments.ts';
import { publishCommentEvent, publishReactionEvent } from '../eventbridge/register.ts';
import { postComment, requireCommentContent, requireCommitId } from '../comments/post-comment.ts';
import { parseReactionValue, reactionByShortCode } from '../comments/reactions.ts';
import { requireComment } from '../comments/require-comment.ts';
import { requireIdentityArn } from '../pull-requests/arn.ts';
import { pageOfResults } from '../pull-requests/page.ts';
import { requirePullRequest } from '../pull-requests/require-pull-request.ts';

const shown = (ctx: OperationContext) => (record: CommentRecord) =>
  toComment(ctx.db, record, ctx.caller.arn);

/** What the PostCommentFor* operations answer: where the comment sits, and the comment. */
const posted = (
  ctx: OperationContext,
  repositoryName: string,
  comment: CommentRecord,
): PostCommentForComparedCommitOutput => ({
  repositoryName,
  beforeCommitId: comment.beforeCommitId,
  afterCommitId: comment.afterCommitId,
  beforeBlobId: comment.beforeBlobId,
  afterBlobId: comment.afterBlobId,
  location: comment.location,
  comment: shown(ctx)(comment),
});

/** Both commits or neither: a comparison filter needs its afterCommitId (and beforeCommitId when given). */
const requireComparison = (
  beforeCommitId: string | undefined,
  afterCommitId: string | undefined,
): void => {
  if (beforeCommitId !== undefined && afterCommitId === undefined)
    fail('CommitIdRequiredException', 'With a beforeCommitId, an afterCommitId is required too.');
};

const PostCommentForComparedCommit: Handler<
  PostCommentForComparedCommitInput,
  PostCommentForComparedCommitOutput
> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const comment = await postComment(ctx, {
    ...input,
    repository,
    afterCommitId: input.afterCommitId ?? '',
  });
  return posted(ctx, repository.repositoryName, comment);
};

const PostCommentForPullRequest: Handler<
  PostCommentForPullRequestInput,
  PostCommentForPullRequestOutput
> = async (input, ctx) => {
  const { pullRequest, repository } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  const named = ctx.repositories.require(input.repositoryName ?? '');
  if (named.repositoryId !== repository.repositoryId) {
    fail(
      'RepositoryNotAssociatedWithPullRequestException',
      `Pull request ${pullRequest.pullRequestId} is not in ${named.repositoryName}.`,
    );
  }
  const comment = await postComment(ctx, {
    ...input,
    repository,
    pullRequestId: pullRequest.pullRequestId,
    afterCommitId: input.afterCommitId ?? '',
  });
  return {
    ...posted(ctx, repository.repositoryName, comment),
    pullRequestId: pullRequest.pullRequestId,
  };
};

const PostCommentReply: Handler<PostCommentReplyInput, PostCommentReplyOutput> = (input, ctx) => {
  const content = requireCommentContent(input.content);
  if (input.clientRequestToken !== undefined) {
    const existing = findCommentByToken(ctx.db, ctx.caller.arn, input.clientRequestToken);
    if (existing) {
      if (existing.inReplyTo !== input.inReplyTo || existing.content !== content) {
        fail(
          'IdempotencyParameterMismatchException',
          'This clientRequestToken was already used for a different comment.',
        );
      }
      return { comment: shown(ctx)(existing) };
    }
  }
  const parent = requireComment(ctx.db, input.inReplyTo ?? '');
  const now = new Date();
  const reply: CommentRecord = {
    ...parent,
    commentId: randomUUID(),
    inReplyTo: parent.commentId,
    content,
    authorArn: ctx.caller.arn,
    creationDate: now,
    lastModifiedDate: now,
    deleted: false,
    clientRequestToken: input.clientRequestToken,
  };
  insertComment(ctx.db, reply);
  publishCommentEvent(ctx, { comment: reply, change: 'Created' });
  return { comment: shown(ctx)(reply) };
};

const GetComment: Handler<GetCommentInput, GetCommentOutput> = (input, ctx) => ({
  comment: shown(ctx)(requireComment(ctx.db, input.commentId ?? '', { live: true })),
});

const GetCommentsForComparedCommit: Handler<
  GetCommentsForComparedCommitInput,
  GetCommentsForComparedCommitOutput
> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  for (const commitId of [input.beforeCommitId, input.afterCommitId])
    if (commitId !== undefined) await requireCommitId(repository, commitId);
  const records = listComments(ctx.db, {
    repositoryId: repository.repositoryId,
    beforeCommitId: input.beforeCommitId,
    afterCommitId: input.afterCommitId ?? '',
  });
  const page = pageOfResults(groupComments(records, shown(ctx)), {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: `compared-comments/${repository.repositoryId}/${input.beforeCommitId ?? ''}/${input.afterCommitId ?? ''}`,
  });
  return {
    commentsForComparedCommitData: page.items.map((group) => ({
      repositoryName: repository.repositoryName,
      ...group,
    })),
    nextToken: page.nextToken,
  };
};

const GetCommentsForPullRequest: Handler<
  GetCommentsForPullRequestInput,
  GetCommentsForPullRequestOutput
> = async (input, ctx) => {
  const { pullRequest, repository } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  if (
    input.repositoryName !== undefined &&
    ctx.repositories.require(input.repositoryName).repositoryId !== repository.repositoryId
  ) {
    fail(
      'RepositoryNotAssociatedWithPullRequestException',
      `Pull request ${pullRequest.pullRequestId} is not in ${input.repositoryName}.`,
    );
  }
  requireComparison(input.beforeCommitId, input.afterCommitId);
  const records = listComments(ctx.db, {
    repositoryId: repository.repositoryId,
    pullRequestId: pullRequest.pullRequestId,
    beforeCommitId: input.beforeCommitId,
    afterCommitId: input.afterCommitId,
  });
  const page = pageOfResults(groupComments(records, shown(ctx)), {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: `pull-request-comments/${pullRequest.pullRequestId}/${input.beforeCommitId ?? ''}/${input.afterCommitId ?? ''}`,
  });
  return {
    commentsForPullRequestData: page.items.map((group) => ({
      pullRequestId: pullRequest.pullRequestId,
      repositoryName: repository.repositoryName,
      ...group,
    })),
    nextToken: page.nextToken,
  };
};

const UpdateComment: Handler<UpdateCommentInput, UpdateCommentOutput> = (input, ctx) => {
  const comment = requireComment(ctx.db, input.commentId ?? '', { live: true });
  if (comment.authorArn !== ctx.caller.arn)
    fail('CommentNotCreatedByCallerException', 'Only the author of a comment can change it.');
  const updated = updateCommentContent(
    ctx.db,
    comment.commentId,
    requireCommentContent(input.content),
  );
  publishCommentEvent(ctx, { comment: updated, change: 'Updated' });
  return { comment: shown(ctx)(updated) };
};

const DeleteCommentContent: Handler<DeleteCommentContentInput, DeleteCommentContentOutput> = (
  input,
  ctx,
) => {
  const comment = requireComment(ctx.db, input.commentId ?? '', { live: true });
  return { comment: shown(ctx)(updateCommentContent(ctx.db, comment.commentId, '', true)) };
};

const PutCommentReaction: Handler<PutCommentReactionInput, Record<string, never>> = (
  input,
  ctx,
) => {
  const comment = requireComment(ctx.db, input.commentId ?? '', { live: true });
  const reaction = parseReactionValue(input.reactionValue ?? '');
  const before = listReactions(ctx.db, comment.commentId).find(
    (given) => given.userArn === ctx.caller.arn,
  );
  setReaction(ctx.db, comment.commentId, ctx.caller.arn, reaction?.shortCode);
  if (reaction && before?.shortCode !== reaction.shortCode)
    publishReactionEvent(ctx, { comment, reaction, change: before ? 'Updated' : 'Created' });
  return {};
};

const GetCommentReactions: Handler<GetCommentReactionsInput, GetCommentReactionsOutput> = (
  input,
  ctx,
) => {
  const comment = requireComment(ctx.db, input.commentId ?? '', { live: true });
  const userArn = requireIdentityArn(input.reactionUserArn, 'InvalidReactionUserArnException');
  const byReaction = new Map<string, string[]>();
  for (const reaction of listReactions(ctx.db, comment.commentId)) {
    if (userArn !== undefined && reaction.userArn !== userArn) continue;
    byReaction.set(reaction.shortCode, [
      ...(byReaction.get(reaction.shortCode) ?? []),
      reaction.userArn,
    ]);
  }
  const reactions = [...byReaction].map(([shortCode, reactionUsers]) => ({
    reaction: reactionByShortCode(shortCode),
    reactionUsers,
    reactionsFromDeletedUsersCount: 0,
  }));
  const page = pageOfResults(reactions, {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 1000,
    query: `reactions/${comment.commentId}/${userArn ?? ''}`,
  });
  return { reactionsForComment: page.items, nextToken: page.nextToken };
};

export const commentOperations: OperationTable = {
  PostCommentForComparedCommit,
  PostCommentForPullRequest,
  PostCommentReply,
  GetComment,
  GetCommentsForComparedCommit,
  GetCommentsForPullRequest,
  UpdateComment,
  DeleteCommentContent,
  PutCommentReaction,
  GetCommentReactions,
};
