import type { OperationContext, RepositoryRecord } from '../operations/types.ts';
import type { GitCommit } from '../git/parse-commit.ts';
import { requireCommit } from '../git/require-commit.ts';

/**
 * The repository and the two commits a merge operation names by specifier (branch, tag, full
 * commit id or reference): CommitRequiredException, InvalidCommitException or
 * CommitDoesNotExistException otherwise.
 *
 * @example
 * const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
 */
export const mergeInputs = async (
  ctx: OperationContext,
  input: {
    repositoryName?: string;
    sourceCommitSpecifier?: string;
    destinationCommitSpecifier?: string;
  },
): Promise<{
  repository: RepositoryRecord;
  sourceCommit: GitCommit;
  destinationCommit: GitCommit;
}> => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, defaultBranch } = repository;
  const sourceCommit = await requireCommit({
    gitDir,
    specifier: input.sourceCommitSpecifier,
    defaultBranch,
  });
  const destinationCommit = await requireCommit({
    gitDir,
    specifier: input.destinationCommitSpecifier,
    defaultBranch,
  });
  return { repository, sourceCommit, destinationCommit };
};
