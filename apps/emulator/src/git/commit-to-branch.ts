import type { OperationContext } from '../operations/types.ts';
import { branchMoved } from './branch-moved.ts';
import { commitChanges } from './commit-changes.ts';
import type { GitCommit } from './parse-commit.ts';
import type { CommitIdentity } from './write-commit.ts';

/**
 * Commits `treeId` on top of `parent` to a branch (see commitChanges) and announces the move,
 * as every API write of files does.
 *
 * @example
 * const commitId = await commitToBranch({ ctx, repositoryName, gitDir, branchName, parent, treeId, message, author });
 */
export const commitToBranch = async ({
  ctx,
  repositoryName,
  ...commit
}: {
  ctx: OperationContext;
  repositoryName: string;
  gitDir: string;
  branchName: string;
  parent: GitCommit | undefined;
  treeId: string;
  message: string;
  author: CommitIdentity;
}): Promise<string> => {
  const commitId = await commitChanges(commit);
  branchMoved({
    ctx,
    repositoryName,
    branchName: commit.branchName,
    oldCommitId: commit.parent?.commitId,
    newCommitId: commitId,
  });
  return commitId;
};
