import { runGit } from './run-git.ts';

export interface FileRevision {
  commitId: string;
  /** The nearest earlier revisions that changed the file (git's parent rewriting). */
  parents: string[];
}

/**
 * The commits reachable from `commitId` that changed the file at `path`, newest first, each
 * with its rewritten parents (`git rev-list --parents <commit> -- <path>`), which form the
 * file's revision graph.
 *
 * @example
 * const revisions = await fileHistory({ gitDir, commitId, path: 'src/index.ts' });
 */
export const fileHistory = async ({
  gitDir,
  commitId,
  path,
}: {
  gitDir: string;
  commitId: string;
  path: string;
}): Promise<FileRevision[]> => {
  if (!path) throw new TypeError('fileHistory: path is required');
  const output = await runGit({
    gitDir,
    args: ['rev-list', '--parents', commitId, '--', path],
    env: { GIT_LITERAL_PATHSPECS: '1' },
  });
  return output
    .toString()
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [id = '', ...parents] = line.split(' ');
      return { commitId: id, parents };
    });
};
