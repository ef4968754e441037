import type { GitCommit } from './parse-commit.ts';

/**
 * A commit in CodeCommit's Commit shape. Dates stay in git's `<epoch seconds> <zone>` form,
 * as CodeCommit reports them.
 *
 * @example
 * return { commit: commitOutput({ commit }) };
 */
export const commitOutput = ({ commit }: { commit: GitCommit }) => ({
  commitId: commit.commitId,
  treeId: commit.treeId,
  parents: commit.parents,
  message: commit.message,
  author: commit.author,
  committer: commit.committer,
  additionalData: '',
});
