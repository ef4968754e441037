import type { MergeDetails, OperationContext } from '../operations/types.ts';
import { ZERO_ID } from './object-id.ts';

/**
 * Announces a branch that an API call created, moved or deleted (ZERO_ID for none), so
 * pull requests, triggers and the default branch follow it.
 *
 * @example
 * branchMoved({ ctx, repositoryName, branchName, oldCommitId: parent.commitId, newCommitId: commitId });
 */
export const branchMoved = ({
  ctx,
  repositoryName,
  branchName,
  oldCommitId = ZERO_ID,
  newCommitId = ZERO_ID,
  merge,
}: {
  ctx: OperationContext;
  repositoryName: string;
  branchName: string;
  oldCommitId?: string;
  newCommitId?: string;
  merge?: MergeDetails;
}): void =>
  ctx.events.referenceUpdated({
    region: ctx.region,
    repositoryName,
    ref: `refs/heads/${branchName}`,
    oldCommitId,
    newCommitId,
    caller: ctx.caller,
    source: 'api',
    ...(merge ? { merge } : {}),
  });
