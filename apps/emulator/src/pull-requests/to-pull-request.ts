import type { PullRequest } from '@aws-sdk/client-codecommit';
import type { OperationContext } from '../operations/types.ts';
import { listApprovalRules } from '../approvals/rule-store.ts';
import type { PullRequestRecord } from './pull-request-store.ts';

/**
 * A pull request in CodeCommit's output shape: its one target (under the repository's current
 * name), merge metadata and approval rules.
 *
 * @example
 * return { pullRequest: toPullRequest(ctx, record) };
 */
export const toPullRequest = (
  ctx: Pick<OperationContext, 'db' | 'repositories'>,
  record: PullRequestRecord,
): PullRequest => ({
  pullRequestId: record.pullRequestId,
  title: record.title,
  description: record.description,
  lastActivityDate: record.lastActivityDate,
  creationDate: record.creationDate,
  pullRequestStatus: record.pullRequestStatus,
  authorArn: record.authorArn,
  pullRequestTargets: [
    {
      repositoryName: ctx.repositories.findById(record.repositoryId)?.repositoryName,
      sourceReference: record.sourceReference,
      destinationReference: record.destinationReference,
      destinationCommit: record.destinationCommit,
      sourceCommit: record.sourceCommit,
      mergeBase: record.mergeBase,
      mergeMetadata: {
        isMerged: record.isMerged,
        mergedBy: record.mergedBy,
        mergeCommitId: record.mergeCommitId,
        mergeOption: record.mergeOption,
      },
    },
  ],
  clientRequestToken: record.clientRequestToken,
  revisionId: record.revisionId,
  approvalRules: listApprovalRules(ctx.db, record.pullRequestId),
});
