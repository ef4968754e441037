import type { RepositoryRecord } from '../operations/types.ts';
import type { CommentRecord } from '../comments/comment-store.ts';
import { consoleUrl } from './console-url.ts';
import { codeCommitEvent, type CodeCommitEvent } from './envelope.ts';

/**
 * The "CodeCommit Comment on Pull Request" or "CodeCommit Comment on Commit" event for a comment
 * that was posted (a reply included) or edited, with the detail fields of the CodeCommit User
 * Guide's commentOnCommitCreated/Updated and commentOnPullRequestCreated/Updated examples.
 *
 * @example
 * const event = commentEvent({ region, accountId, repository, comment, callerUserArn, change: 'Created' });
 */
export const commentEvent = ({
  region,
  accountId,
  repository,
  comment,
  callerUserArn,
  change,
  time = new Date(),
}: {
  region: string;
  accountId: string;
  repository: RepositoryRecord;
  comment: CommentRecord;
  callerUserArn: string;
  change: 'Created' | 'Updated';
  time?: Date;
}): CodeCommitEvent => {
  const onPullRequest = comment.pullRequestId !== undefined;
  const repositoryName = repository.repositoryName;
  const made =
    change === 'Created' ? 'made a comment' : 'updated a comment or replied to a comment';
  const where = onPullRequest
    ? `the following Pull Request: ${comment.pullRequestId ?? ''}`
    : `the following comment ID: ${comment.commentId}`;
  const page = onPullRequest
    ? `repositories/${repositoryName}/pull-requests/${comment.pullRequestId ?? ''}/activity`
    : `repositories/${repositoryName}/compare/${comment.beforeCommitId ?? ''}/.../${comment.afterCommitId}`;
  return codeCommitEvent({
    detailType: onPullRequest
      ? 'CodeCommit Comment on Pull Request'
      : 'CodeCommit Comment on Commit',
    region,
    accountId,
    repositoryArn: repository.arn,
    time,
    detail: {
      ...(comment.beforeCommitId === undefined ? {} : { beforeCommitId: comment.beforeCommitId }),
      afterCommitId: comment.afterCommitId,
      callerUserArn,
      commentId: comment.commentId,
      event: `commentOn${onPullRequest ? 'PullRequest' : 'Commit'}${change}`,
      ...(comment.inReplyTo === undefined ? {} : { inReplyTo: comment.inReplyTo }),
      notificationBody: `A comment event occurred in the following AWS CodeCommit repository: ${repositoryName}. The user ${callerUserArn} ${made}. The comment was made on ${where}. For more information, go to the AWS CodeCommit console ${consoleUrl({ region, page })}`,
      ...(onPullRequest ? { pullRequestId: comment.pullRequestId } : {}),
      repositoryId: repository.repositoryId,
      repositoryName,
    },
  });
};
