import { runGit } from './run-git.ts';

/**
 * Every branch with its tip, sorted by name (`git for-each-ref refs/heads/`).
 *
 * @example
 * const branches = await listBranches({ gitDir }); // [{ branchName: 'main', commitId: '…' }]
 */
export const listBranches = async ({
  gitDir,
}: {
  gitDir: string;
}): Promise<{ branchName: string; commitId: string }[]> => {
  const output = await runGit({
    gitDir,
    args: [
      'for-each-ref',
      '--sort=refname',
      '--format=%(objectname) %(refname:strip=2)%00',
      'refs/heads/',
    ],
  });
  return output
    .toString()
    .split('\0\n')
    .filter((line) => line.length > 0)
    .map((line) => ({ commitId: line.slice(0, 40), branchName: line.slice(41) }));
};
