import { fail } from '../protocol/errors.ts';
import { readBranch } from './read-branch.ts';
import { readCommit } from './read-commit.ts';
import { readObject } from './object-reader.ts';
import { listBranches } from './list-branches.ts';
import { isObjectId } from './object-id.ts';
import type { GitCommit } from './parse-commit.ts';

const checkParentCommitId = async (gitDir: string, parentCommitId: unknown): Promise<GitCommit> => {
  if (!isObjectId(parentCommitId)) {
    return fail(
      'InvalidParentCommitIdException',
      `The parent commit id ${JSON.stringify(parentCommitId)} is not a full commit id.`,
    );
  }
  const parent = await readCommit({ gitDir, commitId: parentCommitId });
  return (
    parent ??
    fail('ParentCommitDoesNotExistException', `The parent commit ${parentCommitId} does not exist.`)
  );
};

/**
 * The commit a write to a branch builds on, checked as CodeCommit checks it: on an empty
 * repository there is none (the write creates the branch); otherwise the branch must exist
 * and `parentCommitId` must be its tip (ParentCommitIdRequiredException,
 * InvalidParentCommitIdException, ParentCommitDoesNotExistException,
 * ParentCommitIdOutdatedException, BranchDoesNotExistException).
 *
 * @example
 * const parent = await requireParentCommit({ gitDir, branchName, parentCommitId: input.parentCommitId });
 */
export const requireParentCommit = async ({
  gitDir,
  branchName,
  parentCommitId,
}: {
  gitDir: string;
  branchName: string;
  parentCommitId: unknown;
}): Promise<GitCommit | undefined> => {
  const given = parentCommitId !== undefined && parentCommitId !== null && parentCommitId !== '';
  const tip = await readBranch({ gitDir, branchName });
  if (!tip) {
    if (await readObject({ gitDir, name: `refs/tags/${branchName}` })) {
      fail('BranchNameIsTagNameException', `${branchName} is a tag name, not a branch name.`);
    }
    if ((await listBranches({ gitDir })).length > 0) {
      fail('BranchDoesNotExistException', `The branch ${branchName} does not exist.`);
    }
    if (given) await checkParentCommitId(gitDir, parentCommitId);
    return undefined;
  }
  if (!given)
    return fail(
      'ParentCommitIdRequiredException',
      `A parent commit id is required: the tip of ${branchName}.`,
    );
  const parent = await checkParentCommitId(gitDir, parentCommitId);
  if (parent.commitId !== tip) {
    fail(
      'ParentCommitIdOutdatedException',
      `The parent commit ${parent.commitId} is not the tip of ${branchName} (${tip}).`,
    );
  }
  return parent;
};
