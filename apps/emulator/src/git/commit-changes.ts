import { fail } from '../protocol/errors.ts';
import { updateRef } from './update-ref.ts';
import { writeCommit, type CommitIdentity } from './write-commit.ts';
import { ZERO_ID } from './object-id.ts';
import type { GitCommit } from './parse-commit.ts';

/**
 * Writes a commit of `treeId` on top of `parent` (none: the branch's first commit) and moves
 * the branch to it with a compare-and-swap, so of several writers racing from the same
 * parent exactly one wins and the others get ParentCommitIdOutdatedException.
 *
 * @example
 * const commitId = await commitChanges({ gitDir, branchName, parent, treeId, message, author });
 */
export const commitChanges = async ({
  gitDir,
  branchName,
  parent,
  treeId,
  message,
  author,
}: {
  gitDir: string;
  branchName: string;
  parent: GitCommit | undefined;
  treeId: string;
  message: string;
  author: CommitIdentity;
}): Promise<string> => {
  const commitId = await writeCommit({
    gitDir,
    treeId,
    parents: parent ? [parent.commitId] : [],
    message,
    author,
  });
  const result = await updateRef({
    gitDir,
    ref: `refs/heads/${branchName}`,
    newOid: commitId,
    oldOid: parent?.commitId ?? ZERO_ID,
  });
  if (result === 'outdated') {
    fail(
      'ParentCommitIdOutdatedException',
      `The branch ${branchName} moved since ${parent?.commitId ?? 'it was empty'}; get its tip and try again.`,
    );
  }
  if (result === 'conflict')
    fail(
      'InvalidBranchNameException',
      `The branch name ${branchName} conflicts with an existing branch.`,
    );
  return commitId;
};
