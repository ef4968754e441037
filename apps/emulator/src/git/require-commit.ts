import { fail } from '../protocol/errors.ts';
import { isCommitSpecifier, resolveCommit } from './resolve-commit.ts';
import type { GitCommit } from './parse-commit.ts';

/**
 * Resolves a commit specifier or answers the operation's exceptions: a malformed
 * specifier gets `invalidCode`, one that names no commit gets `missingCode`.
 *
 * @example
 * const commit = await requireCommit({ gitDir, specifier: input.commitSpecifier, defaultBranch });
 */
export const requireCommit = async ({
  gitDir,
  specifier,
  defaultBranch,
  invalidCode = 'InvalidCommitException',
  missingCode = 'CommitDoesNotExistException',
}: {
  gitDir: string;
  specifier: unknown;
  defaultBranch: string | undefined;
  invalidCode?: string;
  missingCode?: string;
}): Promise<GitCommit> => {
  if (specifier !== undefined && specifier !== null && !isCommitSpecifier(specifier)) {
    return fail(invalidCode, `The commit specifier ${JSON.stringify(specifier)} is not valid.`);
  }
  const commit = await resolveCommit({ gitDir, specifier: specifier ?? undefined, defaultBranch });
  if (!commit) {
    return fail(
      missingCode,
      specifier === undefined || specifier === null
        ? 'The repository has no commits yet.'
        : `No commit matches ${JSON.stringify(specifier)} in this repository.`,
    );
  }
  return commit;
};
