import type { ReactionValueFormats } from '@aws-sdk/client-codecommit';
import type { RepositoryRecord } from '../operations/types.ts';
import { codeCommitEvent, type CodeCommitEvent } from './envelope.ts';

/**
 * The "CodeCommit Comment Reaction Change" event for a reaction a user gave a comment, or changed,
 * with the detail fields of the CodeCommit User Guide's reactionCreated and reactionUpdated
 * examples (event commentReactionCreated / commentReactionUpdated).
 *
 * @example
 * const event = reactionEvent({ region, accountId, repository, commentId, reaction, callerUserArn, change: 'Created' });
 */
export const reactionEvent = ({
  region,
  accountId,
  repository,
  commentId,
  reaction,
  callerUserArn,
  change,
  time = new Date(),
}: {
  region: string;
  accountId: string;
  repository: RepositoryRecord;
  commentId: string;
  reaction: Required<ReactionValueFormats>;
  callerUserArn: string;
  change: 'Created' | 'Updated';
  time?: Date;
}): CodeCommitEvent => {
  const did =
    change === 'Created'
      ? `made a comment reaction ${reaction.emoji}`
      : `updated a reaction :${reaction.shortCode}:`;
  return codeCommitEvent({
    detailType: 'CodeCommit Comment Reaction Change',
    region,
    accountId,
    repositoryArn: repository.arn,
    time,
    detail: {
      callerUserArn,
      commentId,
      event: `commentReaction${change}`,
      notificationBody: `A comment reaction event occurred in the following AWS CodeCommit Repository: ${repository.repositoryName}. The user: ${callerUserArn} ${did} to the comment with comment ID: ${commentId}`,
      reactionEmojis: [reaction.emoji],
      reactionShortcodes: [`:${reaction.shortCode}:`],
      reactionUnicodes: [reaction.unicode],
      repositoryId: repository.repositoryId,
      repositoryName: repository.repositoryName,
    },
  });
};
