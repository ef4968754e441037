import type { Commit } from '@cc/shared/commits';
import { batchGetCommits } from '../../gateway/commits.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';

/** Most commits the commits tab lists: a pull request with more is better read as a comparison. */
export const MAX_PULL_REQUEST_COMMITS = 250;

export interface PullRequestCommits {
  commits: Commit[];
  /** True when there were more than MAX_PULL_REQUEST_COMMITS. */
  truncated: boolean;
}

/**
 * The commits a pull request brings: walked back from the source tip with BatchGetCommits
 * (100 ids a call), stopping at the merge base and at the destination tip. Newest first.
 */
export async function listPullRequestCommits(
  codeCommit: CodeCommit,
  input: { repositoryName: string; sourceCommit: string; stopAt: string[] },
): Promise<PullRequestCommits> {
  const seen = new Set<string>(input.stopAt);
  const commits: Commit[] = [];
  let frontier = seen.has(input.sourceCommit) ? [] : [input.sourceCommit];
  seen.add(input.sourceCommit);
  while (frontier.length > 0 && commits.length < MAX_PULL_REQUEST_COMMITS) {
    const loaded = await batchGetCommits(codeCommit, input.repositoryName, frontier);
    const next: string[] = [];
    for (const commitId of frontier) {
      const commit = loaded.get(commitId);
      if (!commit) continue;
      commits.push(commit);
      for (const parent of commit.parents) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  const time = (commit: Commit) => Number(/^\d+/.exec(commit.committer?.date ?? '')?.[0] ?? 0);
  commits.sort((a, b) => time(b) - time(a));
  return {
    commits: commits.slice(0, MAX_PULL_REQUEST_COMMITS),
    truncated: commits.length > MAX_PULL_REQUEST_COMMITS || frontier.length > 0,
  };
}
