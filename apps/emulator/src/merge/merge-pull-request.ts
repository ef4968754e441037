import type { MergeOptionTypeEnum } from '@aws-sdk/client-codecommit';
import type { OperationContext } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { isObjectId } from '../git/object-id.ts';
import { readCommit } from '../git/read-commit.ts';
import { evaluateApprovalRules } from '../approvals/evaluate.ts';
import { recordPullRequestEvent } from '../pull-requests/events.ts';
import { updatePullRequest, type PullRequestRecord } from '../pull-requests/pull-request-store.ts';
import { requirePullRequest } from '../pull-requests/require-pull-request.ts';
import { createMergeCommit, type MergeRequest } from './create-merge-commit.ts';
import { mergeDetails } from './merge-details.ts';
import { moveBranch } from './move-branch.ts';

const branchOf = (reference: string): string => reference.replace(/^refs\/heads\//, '');

/**
 * MergePullRequestByFastForward, BySquash and ByThreeWay: merges an open pull request's source
 * into its destination branch once its approval rules are satisfied (or overridden), and closes
 * it as merged with mergeMetadata. TipOfSourceReferenceIsDifferentException when sourceCommitId
 * is not the source branch's tip any more.
 *
 * @example
 * const pullRequest = await mergePullRequest(ctx, 'SQUASH_MERGE', input);
 */
export const mergePullRequest = async (
  ctx: OperationContext,
  mergeOption: MergeOptionTypeEnum,
  input: MergeRequest & {
    pullRequestId?: string;
    repositoryName?: string;
    sourceCommitId?: string;
  },
): Promise<PullRequestRecord> => {
  const { pullRequest, repository } = await requirePullRequest(ctx, input.pullRequestId ?? '', {
    open: true,
  });
  if (
    ctx.repositories.require(input.repositoryName ?? '').repositoryId !== repository.repositoryId
  ) {
    fail(
      'RepositoryNotAssociatedWithPullRequestException',
      `Pull request ${pullRequest.pullRequestId} is not in ${input.repositoryName ?? ''}.`,
    );
  }
  if (input.sourceCommitId !== undefined) {
    if (!isObjectId(input.sourceCommitId))
      fail(
        'InvalidCommitIdException',
        `${JSON.stringify(input.sourceCommitId)} is not a full commit ID.`,
      );
    if (input.sourceCommitId !== pullRequest.sourceCommit) {
      fail(
        'TipOfSourceReferenceIsDifferentException',
        `The source branch has moved to ${pullRequest.sourceCommit}; review that revision and merge again.`,
      );
    }
  }
  if (!evaluateApprovalRules(ctx.db, pullRequest).approved) {
    fail(
      'PullRequestApprovalRulesNotSatisfiedException',
      `Pull request ${pullRequest.pullRequestId} does not meet its approval rules yet.`,
    );
  }
  const { gitDir } = repository;
  const sourceCommit = await readCommit({ gitDir, commitId: pullRequest.sourceCommit });
  const destinationCommit = await readCommit({ gitDir, commitId: pullRequest.destinationCommit });
  if (!sourceCommit || !destinationCommit)
    return fail('ReferenceDoesNotExistException', 'A branch of the pull request no longer exists.');
  const merged = await createMergeCommit({
    gitDir,
    caller: ctx.caller,
    mergeOption,
    sourceCommit,
    destinationCommit,
    request: input,
    defaultMessage: `Merged PR ${pullRequest.pullRequestId}: ${pullRequest.title}`,
  });
  const mergeMetadata = {
    isMerged: true,
    mergedBy: ctx.caller.arn,
    mergeCommitId: merged.commitId,
    mergeOption,
  };
  await moveBranch({
    ctx,
    repositoryName: repository.repositoryName,
    gitDir,
    branchName: branchOf(pullRequest.destinationReference),
    fromCommitId: destinationCommit.commitId,
    toCommitId: merged.commitId,
    merge: await mergeDetails({
      gitDir,
      sourceCommitId: sourceCommit.commitId,
      destinationCommitId: destinationCommit.commitId,
      mergeOption,
      request: input,
    }),
    beforeAnnouncing: () =>
      ctx.db.transaction(() => {
        updatePullRequest(ctx.db, pullRequest.pullRequestId, {
          pullRequestStatus: 'CLOSED',
          ...mergeMetadata,
        });
        recordPullRequestEvent(ctx.db, {
          pullRequestId: pullRequest.pullRequestId,
          pullRequestEventType: 'PULL_REQUEST_MERGE_STATE_CHANGED',
          actorArn: ctx.caller.arn,
          metadata: {
            pullRequestMergedStateChangedEventMetadata: {
              repositoryName: repository.repositoryName,
              destinationReference: pullRequest.destinationReference,
              mergeMetadata,
            },
          },
        });
      })(),
  });
  return (await requirePullRequest(ctx, pullRequest.pullRequestId)).pullRequest;
};
