import type { Commit } from '@cc/shared/commits';
import { batchGetCommits } from '../../gateway/commits.ts';
import { getMergeBase } from '../../gateway/differences.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { commitTime } from '../commits/history.ts';

/** How far one comparison walks before it answers "at least this many". */
export const MAX_WALKED_COMMITS = 1000;

export interface AheadBehind {
  /** Commits on the branch that the base branch lacks. */
  ahead: number;
  /** Commits on the base branch that the branch lacks. */
  behind: number;
  /** True when the walk stopped at MAX_WALKED_COMMITS: the counts are lower bounds. */
  truncated: boolean;
}

const BRANCH = 1;
const BASE = 2;
const BOTH = BRANCH | BASE;

/** A commit's committer time in seconds, 0 when CodeCommit gave none. */
const seconds = (commit: Commit | undefined) => (commit ? commitTime(commit) : 0);

/**
 * Ahead and behind counts of `commitId` against `baseCommitId`, as `git rev-list --left-right
 * --count` gives them. CodeCommit has no such call: GetMergeCommit gives the merge base, and a
 * walk down both sides, newest first (git's own "paint down" order), counts the commits each side
 * alone reaches. The merge base is seeded as reached by both, so the walk stops there on a usual
 * branch; a branch that merged the base in stops where both sides meet. Each round asks
 * BatchGetCommits for every commit waiting, so commits already walked by a history view cost
 * nothing. Answers never change for a pair of commit ids, so they are cached by that pair.
 */
export async function aheadBehind(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitId: string,
  baseCommitId: string,
): Promise<AheadBehind> {
  if (commitId === baseCommitId) return { ahead: 0, behind: 0, truncated: false };
  const key = `ahead-behind\u0000${repositoryName}\u0000${commitId}\u0000${baseCommitId}`;
  return codeCommit.cache.getOrLoad(key, async () => {
    const { baseCommitId: mergeBase } = await getMergeBase(codeCommit, {
      repositoryName,
      sourceCommitSpecifier: commitId,
      destinationCommitSpecifier: baseCommitId,
    }).catch(() => ({ baseCommitId: '' }));
    const seeds = new Map<string, number>([
      [commitId, BRANCH],
      [baseCommitId, BASE],
    ]);
    if (mergeBase) seeds.set(mergeBase, (seeds.get(mergeBase) ?? 0) | BOTH);
    return paintDown(codeCommit, repositoryName, seeds);
  });
}

async function paintDown(
  codeCommit: CodeCommit,
  repositoryName: string,
  seeds: Map<string, number>,
): Promise<AheadBehind> {
  const painted = new Map<string, number>();
  const waiting = new Map(seeds);
  const commits = new Map<string, Commit>();
  let walked = 0;
  while ([...waiting.values()].some((flags) => flags !== BOTH)) {
    if (walked >= MAX_WALKED_COMMITS) return count(painted, true);
    const unknown = [...waiting.keys()].filter((id) => !commits.has(id));
    if (unknown.length > 0) {
      const loaded = await batchGetCommits(codeCommit, repositoryName, unknown);
      for (const id of unknown) {
        const commit = loaded.get(id);
        // A commit CodeCommit does not know ends its line of history.
        if (commit) commits.set(id, commit);
        else waiting.delete(id);
      }
    }
    // Newest first: a commit is taken only once every newer commit that could reach it was.
    let next: string | undefined;
    for (const id of waiting.keys())
      if (next === undefined || seconds(commits.get(id)) > seconds(commits.get(next))) next = id;
    if (next === undefined) break;
    const flags = waiting.get(next) ?? 0;
    waiting.delete(next);
    const before = painted.get(next) ?? 0;
    const after = before | flags;
    if (after === before) continue;
    painted.set(next, after);
    walked += 1;
    for (const parent of commits.get(next)?.parents ?? [])
      waiting.set(parent, (waiting.get(parent) ?? 0) | after);
  }
  return count(painted, false);
}

function count(painted: Map<string, number>, truncated: boolean): AheadBehind {
  let ahead = 0;
  let behind = 0;
  for (const flags of painted.values()) {
    if (flags === BRANCH) ahead += 1;
    else if (flags === BASE) behind += 1;
  }
  return { ahead, behind, truncated };
}
