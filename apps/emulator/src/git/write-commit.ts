import { runGit } from './run-git.ts';

export interface CommitIdentity {
  name: string;
  email: string;
}

/**
 * Writes a commit object (`git commit-tree`, message from stdin exactly as given) with the
 * current time as author and committer date, and returns its id.
 *
 * @example
 * const commitId = await writeCommit({ gitDir, treeId, parents: [tip], message: 'Add file', author });
 */
export const writeCommit = async ({
  gitDir,
  treeId,
  parents,
  message,
  author,
  committer = author,
}: {
  gitDir: string;
  treeId: string;
  parents: readonly string[];
  message: string;
  author: CommitIdentity;
  committer?: CommitIdentity;
}): Promise<string> => {
  if (!treeId) throw new TypeError('writeCommit: treeId is required');
  const args = [
    '-c',
    'commit.gpgSign=false',
    'commit-tree',
    treeId,
    ...parents.flatMap((parent) => ['-p', parent]),
  ];
  const output = await runGit({
    gitDir,
    args,
    input: message,
    env: {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
    },
  });
  return output.toString().trim();
};
