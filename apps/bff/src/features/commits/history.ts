import type { Commit, CommitHistoryPage } from '@cc/shared/commits';
import { HTTPException } from 'hono/http-exception';
import { detachedFromRequest } from '../../gateway/call-counter.ts';
import {
  areCommitsCached,
  batchGetCommits,
  listFileCommitHistory,
  resolveCommitId,
} from '../../gateway/commits.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';

export const DEFAULT_PAGE_SIZE = 50;

/** Seconds since the epoch from git's "<seconds> <zone>" date, or from an ISO date. */
export function commitTime(commit: Commit): number {
  const date = commit.committer?.date ?? commit.author?.date ?? '';
  const seconds = /^\d+/.exec(date);
  if (seconds) return Number(seconds[0]);
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? 0 : Math.floor(parsed / 1000);
}

/** Newest first, as `git log` orders; ties by id so every page is cut the same way. */
function newerFirst(a: Commit, b: Commit): number {
  return commitTime(b) - commitTime(a) || a.commitId.localeCompare(b.commitId);
}

interface WalkState {
  /** Commits not shown yet whose children all were: where the next page starts. */
  frontier: string[];
  /**
   * Commits already shown that share a date with a frontier commit. With equal dates the walk
   * may show a parent before its other child; remembering these keeps it from showing the
   * parent (and all its ancestors) twice. With later dates no path can lead back to them.
   */
  shown: [commitId: string, time: number][];
}

const frontierForm = /^[0-9a-f]{40}(,[0-9a-f]{40})*$/;
const shownForm = /^([0-9a-f]{40}:-?\d+(,[0-9a-f]{40}:-?\d+)*)?$/;

function encodeCursor(state: WalkState): string {
  const shown = state.shown.map(([id, time]) => `${id}:${time}`).join(',');
  return Buffer.from(`${state.frontier.join(',')};${shown}`).toString('base64url');
}

function decodeCursor(cursor: string): WalkState {
  const [frontier = '', shown = '', ...rest] = Buffer.from(cursor, 'base64url')
    .toString('utf8')
    .split(';');
  if (rest.length > 0 || !frontierForm.test(frontier) || !shownForm.test(shown)) {
    throw new HTTPException(400, { message: 'cursor: not a cursor this API gave' });
  }
  return {
    frontier: frontier.split(','),
    shown: shown
      ? shown.split(',').map((entry) => [entry.slice(0, 40), Number(entry.slice(41))])
      : [],
  };
}

/**
 * One page of a branch's history. CodeCommit has no list of commits, so this walks parents:
 * the frontier is loaded with BatchGetCommits (100 ids a call), the newest commit is taken,
 * its parents join the frontier. The last commit's parents are left unloaded: the next page's
 * cursor needs only their ids. Parents of the other frontier commits ride along in each call,
 * so walking down both sides of a merge costs one call per step, not two. Nothing is kept
 * between pages but the cursor, so any BFF instance can serve the next page, and commits
 * already seen come from the cache.
 */
async function walkHistory(
  codeCommit: CodeCommit,
  repositoryName: string,
  start: WalkState,
  limit: number,
  /** Round trips to CodeCommit this page may wait for, once it has a commit to show. */
  roundTrips = Number.POSITIVE_INFINITY,
): Promise<CommitHistoryPage> {
  const frontier = new Map<string, Commit>();
  const shown = new Map<string, number>(start.shown);
  const unseen = (id: string) => !frontier.has(id) && !shown.has(id);
  let toLoad = start.frontier;
  const commits: Commit[] = [];
  let waited = 0;
  while (commits.length < limit) {
    if (toLoad.length > 0) {
      const cached = areCommitsCached(codeCommit, repositoryName, toLoad);
      if (!cached && waited >= roundTrips && commits.length > 0) break;
      if (!cached) waited += 1;
      const ahead = [...frontier.values()].flatMap((commit) => commit.parents).filter(unseen);
      const loaded = await batchGetCommits(codeCommit, repositoryName, toLoad, ahead);
      for (const commit of loaded.values()) frontier.set(commit.commitId, commit);
      toLoad = [];
    }
    const [next] = [...frontier.values()].sort(newerFirst);
    if (!next) break;
    frontier.delete(next.commitId);
    shown.set(next.commitId, commitTime(next));
    commits.push(next);
    toLoad = next.parents.filter(unseen);
  }
  if (frontier.size === 0 && toLoad.length === 0) return { commits };
  const frontierTimes = new Set([...frontier.values()].map(commitTime));
  // An unloaded parent is no newer than its child, the last commit shown: only commits shown
  // at that child's time could be reached again through it.
  const last = commits.at(-1);
  if (toLoad.length > 0 && last) frontierTimes.add(commitTime(last));
  const keep = [...shown]
    .filter(([, time]) => frontierTimes.has(time))
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    commits,
    nextCursor: encodeCursor({
      frontier: [...new Set([...frontier.keys(), ...toLoad])].sort(),
      shown: keep,
    }),
  };
}

export async function getHistoryPage(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    commitSpecifier?: string;
    filePath?: string;
    limit?: number;
    cursor?: string;
    /** Round trips to wait for once a commit can be shown (ROUND_TRIPS_PER_PAGE by default). */
    roundTrips?: number;
  },
): Promise<CommitHistoryPage> {
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const { repositoryName } = input;
  if (input.filePath !== undefined) {
    const page = await listFileCommitHistory(codeCommit, {
      repositoryName,
      commitSpecifier: input.commitSpecifier,
      filePath: input.filePath,
      maxResults: limit,
      nextToken: input.cursor,
    });
    return { commits: page.commits, ...(page.nextToken ? { nextCursor: page.nextToken } : {}) };
  }
  const start = input.cursor
    ? decodeCursor(input.cursor)
    : {
        frontier: [await resolveCommitId(codeCommit, repositoryName, input.commitSpecifier)],
        shown: [],
      };
  const page = await walkHistory(
    codeCommit,
    repositoryName,
    start,
    limit,
    input.roundTrips ?? ROUND_TRIPS_PER_PAGE,
  );
  if (page.nextCursor) walkAhead(codeCommit, repositoryName, page.nextCursor);
  return page;
}

/**
 * Round trips a page waits for before it answers with what it has. A commit names only its
 * parents, so a straight line of history costs one BatchGetCommits per commit, whatever the
 * batch size: a page answers early, the walk goes on without it, and the next page (which the
 * web app asks at once) finds those commits cached or on their way.
 */
const ROUND_TRIPS_PER_PAGE = 2;
/** Commits walked ahead of each page, into the cache everyone shares. */
const WALK_AHEAD = 100;
const walking = new Set<string>();

function walkAhead(codeCommit: CodeCommit, repositoryName: string, cursor: string): void {
  const key = `${repositoryName}\u0000${cursor}`;
  if (walking.has(key)) return;
  walking.add(key);
  detachedFromRequest(() => {
    void walkHistory(codeCommit, repositoryName, decodeCursor(cursor), WALK_AHEAD)
      .catch(() => undefined)
      .finally(() => walking.delete(key));
  });
}
