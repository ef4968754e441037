import {
  BatchGetCommitsCommand,
  GetCommitCommand,
  ListFileCommitHistoryCommand,
  type Commit as AwsCommit,
} from '@aws-sdk/client-codecommit';
import type { Commit } from '@cc/shared/commits';
import { MAX_BATCH_GET_COMMITS } from '@cc/shared/limits';
import { getBranchTip } from './branches.ts';
import { getFolder } from './code.ts';
import { chunk, isCommitId, type CodeCommit } from './gateway.ts';

const commitKey = (repositoryName: string, commitId: string) =>
  `commit\u0000${repositoryName}\u0000${commitId}`;

function toCommit(commit: AwsCommit, commitId: string): Commit {
  return { ...commit, commitId: commit.commitId ?? commitId, parents: commit.parents ?? [] };
}

/** GetCommit, cached by id. */
export async function getCommit(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitId: string,
): Promise<Commit> {
  await codeCommit.readsChecked(repositoryName, 'commit');
  return codeCommit.cache.getOrLoad(commitKey(repositoryName, commitId), async () => {
    const output = await codeCommit.call((client) =>
      client.send(new GetCommitCommand({ repositoryName, commitId })),
    );
    return toCommit(output.commit ?? {}, commitId);
  });
}

/**
 * Commits by id: cached ones at once, the rest with BatchGetCommits, 100 ids a call, calls in
 * parallel. Ids CodeCommit does not know are left out of the answer. `alongWith` names commits
 * likely wanted next: they fill the room left in the calls `commitIds` need (never a call of
 * their own) and land only in the cache.
 */
export async function batchGetCommits(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitIds: readonly string[],
  alongWith: readonly string[] = [],
): Promise<Map<string, Commit>> {
  await codeCommit.readsChecked(repositoryName, 'commit');
  await codeCommit.cache.warm(
    [...commitIds, ...alongWith].map((commitId) => commitKey(repositoryName, commitId)),
  );
  const wanted = new Set(commitIds);
  const found = new Map<string, Commit>();
  const missing: string[] = [];
  const waiting: Promise<void>[] = [];
  const pending = pendingFor(codeCommit);
  for (const commitId of wanted) {
    const key = commitKey(repositoryName, commitId);
    const cached = codeCommit.cache.get<Commit>(key);
    const inFlight = pending.get(key);
    if (cached) found.set(commitId, cached);
    // Asked already by a walk running ahead: wait for that answer rather than ask again.
    else if (inFlight)
      waiting.push(
        inFlight.then((commit) => {
          if (commit) found.set(commitId, commit);
        }),
      );
    else missing.push(commitId);
  }
  if (missing.length === 0) {
    await Promise.all(waiting);
    return found;
  }
  const room = Math.ceil(missing.length / MAX_BATCH_GET_COMMITS) * MAX_BATCH_GET_COMMITS;
  for (const commitId of new Set(alongWith)) {
    if (missing.length >= room) break;
    if (wanted.has(commitId)) continue;
    const key = commitKey(repositoryName, commitId);
    if (!codeCommit.cache.get(key) && !pending.get(key)) missing.push(commitId);
  }
  const load = Promise.all(
    chunk(missing, MAX_BATCH_GET_COMMITS).map((ids) =>
      codeCommit.call((client) =>
        client.send(new BatchGetCommitsCommand({ repositoryName, commitIds: ids })),
      ),
    ),
  ).then((batches) => {
    const loaded = new Map<string, Commit>();
    for (const commit of batches.flatMap((batch) => batch.commits ?? [])) {
      if (!commit.commitId) continue;
      const converted = toCommit(commit, commit.commitId);
      codeCommit.cache.set(commitKey(repositoryName, commit.commitId), converted);
      loaded.set(commit.commitId, converted);
    }
    return loaded;
  });
  for (const commitId of missing) {
    const key = commitKey(repositoryName, commitId);
    const one = load.then(
      (loaded) => loaded.get(commitId),
      () => undefined,
    );
    pending.set(key, one);
    void one.finally(() => pending.delete(key));
  }
  const loaded = await load;
  await Promise.all(waiting);
  for (const [commitId, commit] of loaded) if (wanted.has(commitId)) found.set(commitId, commit);
  return found;
}

/** Commits being asked for right now, per person: shared by every walk that needs them. */
const pendingCommits = new WeakMap<CodeCommit, Map<string, Promise<Commit | undefined>>>();
function pendingFor(codeCommit: CodeCommit): Map<string, Promise<Commit | undefined>> {
  let pending = pendingCommits.get(codeCommit);
  if (!pending) {
    pending = new Map();
    pendingCommits.set(codeCommit, pending);
  }
  return pending;
}

/** True when every one of `commitIds` is cached: reading them costs no round trip. */
export function areCommitsCached(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitIds: readonly string[],
): boolean {
  return commitIds.every(
    (commitId) => codeCommit.cache.get(commitKey(repositoryName, commitId)) !== undefined,
  );
}

/**
 * The commit id a specifier names. A commit id is its own answer (no call); a branch costs a
 * GetBranch; anything else (a tag, HEAD, nothing for the default branch) a GetFolder of the
 * root, whose answer is kept for the tree view that usually follows.
 */
export async function resolveCommitId(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string | undefined,
): Promise<string> {
  if (isCommitId(commitSpecifier)) return commitSpecifier;
  if (commitSpecifier !== undefined) {
    const tip = await getBranchTip(codeCommit, repositoryName, commitSpecifier);
    if (tip !== undefined) return tip;
  }
  return (await getFolder(codeCommit, { repositoryName, commitSpecifier, folderPath: '/' }))
    .commitId;
}

export interface FileHistoryPage {
  commits: Commit[];
  nextToken?: string;
}

/**
 * ListFileCommitHistory, one page, cached by the commit it starts from: a branch is resolved
 * with GetBranch first (its tip is all a warm page costs), other specifiers are asked by name.
 */
export async function listFileCommitHistory(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    commitSpecifier?: string;
    filePath: string;
    maxResults: number;
    nextToken?: string;
  },
): Promise<FileHistoryPage> {
  const tip =
    input.commitSpecifier === undefined || isCommitId(input.commitSpecifier)
      ? input.commitSpecifier
      : await getBranchTip(codeCommit, input.repositoryName, input.commitSpecifier);
  const commitSpecifier = tip ?? input.commitSpecifier;
  const load = async (): Promise<FileHistoryPage> => {
    const output = await codeCommit.call((client) =>
      client.send(new ListFileCommitHistoryCommand({ ...input, commitSpecifier })),
    );
    const commits = (output.revisionDag ?? []).flatMap((version) =>
      version.commit?.commitId ? [toCommit(version.commit, version.commit.commitId)] : [],
    );
    for (const commit of commits)
      codeCommit.cache.set(commitKey(input.repositoryName, commit.commitId), commit);
    return { commits, ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
  };
  if (!isCommitId(commitSpecifier)) return load();
  const key = [
    'file-history',
    input.repositoryName,
    commitSpecifier,
    input.filePath,
    input.maxResults,
    input.nextToken ?? '',
  ].join('\u0000');
  return codeCommit.cache.getOrLoad(key, load);
}
