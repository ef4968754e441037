import { readObject } from './object-reader.ts';

/**
 * The commit id a branch points to; undefined when the branch does not exist.
 * The name must already be a valid branch name (see checkBranchName).
 *
 * @example
 * const tip = await readBranch({ gitDir, branchName: 'main' });
 */
export const readBranch = async ({
  gitDir,
  branchName,
}: {
  gitDir: string;
  branchName: string;
}): Promise<string | undefined> => {
  if (!branchName) throw new TypeError('readBranch: branchName is required');
  const object = await readObject({ gitDir, name: `refs/heads/${branchName}^{commit}` });
  return object?.oid;
};
