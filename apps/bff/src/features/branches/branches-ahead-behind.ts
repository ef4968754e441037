import type { BranchesAheadBehind } from '@cc/shared/branches';
import { batchGetCommits } from '../../gateway/commits.ts';
import { GatewayError } from '../../gateway/errors.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { listRefs } from '../../gateway/refs.ts';
import { getRepository } from '../../gateway/repositories.ts';
import { aheadBehind } from './ahead-behind.ts';

/**
 * Every branch with its tip's date and its ahead and behind counts against the base branch (the
 * default one unless named). The tips come from git's `info/refs`, their dates from one
 * BatchGetCommits, and each branch's counts from its own walk, all at once.
 */
export async function branchesAheadBehind(
  codeCommit: CodeCommit,
  repositoryName: string,
  baseBranchName?: string,
): Promise<BranchesAheadBehind> {
  const [{ branches }, repository] = await Promise.all([
    listRefs(codeCommit, repositoryName),
    baseBranchName ? undefined : getRepository(codeCommit, repositoryName),
  ]);
  const baseName = baseBranchName ?? repository?.defaultBranch ?? null;
  const base = branches.find((branch) => branch.branchName === baseName);
  if (baseBranchName && !base)
    throw new GatewayError(
      404,
      `baseBranchName: ${baseBranchName} is not a branch of ${repositoryName}`,
    );
  const tips = await batchGetCommits(
    codeCommit,
    repositoryName,
    branches.map((branch) => branch.commitId),
  );
  return {
    baseBranchName: base ? base.branchName : null,
    branches: await Promise.all(
      branches.map(async (branch) => {
        const tip = tips.get(branch.commitId);
        const tipDate = tip?.committer?.date ?? tip?.author?.date;
        const summary = { ...branch, ...(tipDate ? { tipDate } : {}) };
        if (!base || branch.branchName === base.branchName) return summary;
        const counts = await aheadBehind(
          codeCommit,
          repositoryName,
          branch.commitId,
          base.commitId,
        );
        return { ...summary, ...counts };
      }),
    ),
  };
}
