import type { CommitCount } from '@cc/shared/repository-home';
import { areCommitsCached, batchGetCommits } from '../../gateway/commits.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { keptFor } from '../../gateway/kept-for.ts';

/** Commits counted at most: past this the console says "5,000+". */
export const MAX_COUNTED_COMMITS = 5_000;
/**
 * Sequential BatchGetCommits calls one count may wait for. A commit names only its parents, so
 * a straight line of history costs a round trip per uncached commit: about three seconds at
 * AWS's latency. What is read stays cached (for history too), so the next count goes further.
 */
export const MAX_COUNT_ROUND_TRIPS = 100;

/**
 * How long a count stopped by MAX_COUNT_ROUND_TRIPS is given as is: visits in between cost no
 * call, and the next walk after it goes further from the commits cached on the way.
 */
export const PARTIAL_COUNT_MS = 10 * 60_000;

const countKey = (repositoryName: string, commitId: string) =>
  `commit-count\u0000${repositoryName}\u0000${commitId}`;

/**
 * The commits reachable from `commitId`: a walk of parents, breadth first, every side of a merge
 * in the same BatchGetCommits call. Commits already cached (by history pages, or anyone's earlier
 * count) cost nothing. A count is kept by commit id; one stopped by a bound says so with
 * `complete: false`, and one stopped by the round trips is counted further after PARTIAL_COUNT_MS.
 */
export async function countCommits(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitId: string,
): Promise<CommitCount> {
  // Complete, or at the bound, a count can no longer change; one stopped on the way can grow.
  // A page asked again while its count is on the way waits for that walk.
  return keptFor(
    codeCommit,
    countKey(repositoryName, commitId),
    (count) =>
      count.complete || count.count >= MAX_COUNTED_COMMITS
        ? Number.MAX_SAFE_INTEGER
        : PARTIAL_COUNT_MS,
    () => walk(codeCommit, repositoryName, commitId),
  );
}

async function walk(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitId: string,
): Promise<CommitCount> {
  const seen = new Set<string>();
  let frontier = [commitId];
  let roundTrips = 0;
  while (frontier.length > 0 && seen.size < MAX_COUNTED_COMMITS) {
    if (!areCommitsCached(codeCommit, repositoryName, frontier)) {
      if (roundTrips >= MAX_COUNT_ROUND_TRIPS) break;
      roundTrips += 1;
    }
    const loaded = await batchGetCommits(codeCommit, repositoryName, frontier);
    const next = new Set<string>();
    for (const commit of loaded.values()) {
      seen.add(commit.commitId);
      for (const parent of commit.parents) next.add(parent);
    }
    frontier = [...next].filter((id) => !seen.has(id));
  }
  return {
    commitId,
    count: Math.min(seen.size, MAX_COUNTED_COMMITS),
    complete: frontier.length === 0,
  };
}
