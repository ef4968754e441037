import {
  DeleteCommentContentCommand,
  GetCommentReactionsCommand,
  GetCommentsForPullRequestCommand,
  PostCommentForPullRequestCommand,
  PostCommentReplyCommand,
  PutCommentReactionCommand,
  UpdateCommentCommand,
  type Comment,
  type CommentsForPullRequest,
  type Location,
  type PostCommentForPullRequestOutput,
  type ReactionForComment,
} from '@aws-sdk/client-codecommit';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';

export type { Comment, CommentsForPullRequest, Location, ReactionForComment };

function requiredComment(comment: Comment | undefined): Comment {
  if (!comment) throw new GatewayError(502, 'CodeCommit answered without a comment');
  return comment;
}

/**
 * Every comment on a pull request, on every revision it had (GetCommentsForPullRequest without
 * commit ids, every page): comments on lines that later changed keep the commits they were made on.
 */
export async function getCommentsForPullRequest(
  codeCommit: CodeCommit,
  input: { pullRequestId: string; repositoryName: string },
): Promise<CommentsForPullRequest[]> {
  const threads: CommentsForPullRequest[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new GetCommentsForPullRequestCommand({ ...input, maxResults: 100, nextToken })),
    );
    threads.push(...(page.commentsForPullRequestData ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return threads;
}

export async function postCommentForPullRequest(
  codeCommit: CodeCommit,
  input: {
    pullRequestId: string;
    repositoryName: string;
    beforeCommitId: string;
    afterCommitId: string;
    location?: Location;
    content: string;
    clientRequestToken?: string;
  },
): Promise<Omit<PostCommentForPullRequestOutput, '$metadata'>> {
  const output = await codeCommit.call((client) =>
    client.send(new PostCommentForPullRequestCommand(input)),
  );
  const { $metadata: _, ...posted } = output;
  return posted;
}

export async function postCommentReply(
  codeCommit: CodeCommit,
  input: { inReplyTo: string; content: string; clientRequestToken?: string },
): Promise<Comment> {
  const output = await codeCommit.call((client) => client.send(new PostCommentReplyCommand(input)));
  return requiredComment(output.comment);
}

export async function updateComment(
  codeCommit: CodeCommit,
  input: { commentId: string; content: string },
): Promise<Comment> {
  const output = await codeCommit.call((client) => client.send(new UpdateCommentCommand(input)));
  return requiredComment(output.comment);
}

export async function deleteCommentContent(
  codeCommit: CodeCommit,
  commentId: string,
): Promise<Comment> {
  const output = await codeCommit.call((client) =>
    client.send(new DeleteCommentContentCommand({ commentId })),
  );
  return requiredComment(output.comment);
}

/** Adds, changes or (with an empty value) removes the caller's reaction. */
export async function putCommentReaction(
  codeCommit: CodeCommit,
  input: { commentId: string; reactionValue: string },
): Promise<void> {
  await codeCommit.call((client) => client.send(new PutCommentReactionCommand(input)));
}

/** Who reacted to a comment, and with what (GetCommentReactions, every page). */
export async function getCommentReactions(
  codeCommit: CodeCommit,
  commentId: string,
): Promise<ReactionForComment[]> {
  const reactions: ReactionForComment[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new GetCommentReactionsCommand({ commentId, maxResults: 1000, nextToken })),
    );
    reactions.push(...(page.reactionsForComment ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return reactions;
}
