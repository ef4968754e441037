import { runGit } from '../git/run-git.ts';
import { readCommit } from '../git/read-commit.ts';
import { isAncestor } from './merge-base.ts';

/**
 * The commit on the destination's first-parent line that brought the source in, for
 * GetMergeCommit's mergedCommitId; undefined when the destination does not contain the source
 * yet, or contains it by fast-forward (no merge commit).
 *
 * @example
 * const mergedCommitId = await findMergeCommit({ gitDir, sourceCommitId, destinationCommitId });
 */
export const findMergeCommit = async ({
  gitDir,
  sourceCommitId,
  destinationCommitId,
}: {
  gitDir: string;
  sourceCommitId: string;
  destinationCommitId: string;
}): Promise<string | undefined> => {
  if (
    sourceCommitId === destinationCommitId ||
    !(await isAncestor({ gitDir, ancestorId: sourceCommitId, commitId: destinationCommitId }))
  )
    return undefined;
  const line = (
    await runGit({
      gitDir,
      args: ['rev-list', '--first-parent', destinationCommitId, `^${sourceCommitId}`],
    })
  )
    .toString()
    .split('\n')
    .filter(Boolean);
  // Newest first; containing the source is true up to some commit and false past it: find the oldest that contains it.
  let low = 0;
  let high = line.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (await isAncestor({ gitDir, ancestorId: sourceCommitId, commitId: line[middle] ?? '' }))
      low = middle;
    else high = middle - 1;
  }
  const merging = line[low];
  if (!merging) return undefined;
  const commit = await readCommit({ gitDir, commitId: merging });
  return commit?.parents[0] === sourceCommitId ? undefined : merging;
};
