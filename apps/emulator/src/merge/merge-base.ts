import { GitCommandError, runGit } from '../git/run-git.ts';

/**
 * The best common ancestor of two commits (`git merge-base`), as CodeCommit reports it in
 * mergeBase and baseCommitId; undefined when the histories share nothing.
 *
 * @example
 * const mergeBase = await findMergeBase({ gitDir, commitIds: [destinationCommit, sourceCommit] });
 */
export const findMergeBase = async ({
  gitDir,
  commitIds,
}: {
  gitDir: string;
  commitIds: readonly [string, string];
}): Promise<string | undefined> => {
  try {
    const output = await runGit({ gitDir, args: ['merge-base', commitIds[0], commitIds[1]] });
    return output.toString().trim() || undefined;
  } catch (error) {
    // Exit status 1 with no output: no common ancestor.
    if (error instanceof GitCommandError && error.exitCode === 1) return undefined;
    throw error;
  }
};

/**
 * Whether `ancestorId` is `commitId` or one of its ancestors (`git merge-base --is-ancestor`).
 *
 * @example
 * if (await isAncestor({ gitDir, ancestorId: destination, commitId: source })) // fast-forward possible
 */
export const isAncestor = async ({
  gitDir,
  ancestorId,
  commitId,
}: {
  gitDir: string;
  ancestorId: string;
  commitId: string;
}): Promise<boolean> => {
  try {
    await runGit({ gitDir, args: ['merge-base', '--is-ancestor', ancestorId, commitId] });
    return true;
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return false;
    throw error;
  }
};
