import type { MergeDetails, OperationContext } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { branchMoved } from '../git/branch-moved.ts';
import { updateRef } from '../git/update-ref.ts';

/**
 * Moves a branch from the tip a merge was computed on to the merge's commit, as one
 * compare-and-swap (ConcurrentReferenceUpdateException when someone moved it meanwhile), and
 * announces the move so pull requests and triggers follow; `beforeAnnouncing` records what the
 * move means (a merged pull request) before anyone hears of it.
 *
 * @example
 * await moveBranch({ ctx, repositoryName, gitDir, branchName: 'main', fromCommitId: tip, toCommitId: commitId });
 */
export const moveBranch = async ({
  ctx,
  repositoryName,
  gitDir,
  branchName,
  fromCommitId,
  toCommitId,
  beforeAnnouncing,
  merge,
}: {
  ctx: OperationContext;
  repositoryName: string;
  gitDir: string;
  branchName: string;
  fromCommitId: string;
  toCommitId: string;
  beforeAnnouncing?: () => void;
  /** What was merged, told to those who hear of the move (EventBridge's referenceUpdated). */
  merge?: MergeDetails;
}): Promise<void> => {
  if (fromCommitId === toCommitId) {
    beforeAnnouncing?.();
    return;
  }
  const result = await updateRef({
    gitDir,
    ref: `refs/heads/${branchName}`,
    newOid: toCommitId,
    oldOid: fromCommitId,
  });
  if (result !== 'updated')
    fail(
      'ConcurrentReferenceUpdateException',
      `The branch ${branchName} moved while the merge was made; get its tip and merge again.`,
    );
  beforeAnnouncing?.();
  branchMoved({
    ctx,
    repositoryName,
    branchName,
    oldCommitId: fromCommitId,
    newCommitId: toCommitId,
    merge,
  });
};
