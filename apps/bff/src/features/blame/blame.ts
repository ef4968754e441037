import type { BlameEvent } from '@cc/shared/blame';
import type { Commit } from '@cc/shared/commits';
import { HTTPException } from 'hono/http-exception';
import { getBlob, getFile } from '../../gateway/code.ts';
import { resolveCommitId } from '../../gateway/commits.ts';
import { listFileVersions, type FileVersion } from '../../gateway/file-versions.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { isBinaryContent } from '../code/content.ts';
import { splitLines, stepBack, toRanges } from './line-map.ts';

/** Versions of a file read per ListFileCommitHistory call. */
const VERSIONS_PAGE = 100;
/** Versions a blame reads at most; older lines are given to the oldest version read. */
export const MAX_BLAME_VERSIONS = 1_000;
/** Lines a blame covers at most: each version's blob is split and compared line by line. */
export const MAX_BLAME_LINES = 50_000;

const blameKey = (repositoryName: string, commitId: string, filePath: string) =>
  `blame\u0000${repositoryName}\u0000${commitId}\u0000${filePath}`;

const decoder = new TextDecoder('utf-8');

/**
 * The versions of a file from newest to oldest along the line of first parents: a version's
 * parent is the version that lists it among its `revisionChildren` (or, when CodeCommit gives no
 * children, the next one in the list); a merge's is the version on its first parent's side. Lines brought in by a merged branch are given to the
 * merge, as `git blame --first-parent` does. Pages are asked as the walk needs them.
 */
async function* firstParentVersions(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitId: string; filePath: string },
): AsyncGenerator<FileVersion> {
  const loaded: FileVersion[] = [];
  let nextToken: string | undefined;
  let more = true;
  const loadPage = async () => {
    const page = await listFileVersions(codeCommit, {
      ...input,
      maxResults: VERSIONS_PAGE,
      nextToken,
    });
    loaded.push(...page.versions);
    nextToken = page.nextToken;
    more = nextToken !== undefined;
    // Read the page's blobs together: the walk then compares them without waiting on each.
    for (const version of page.versions)
      if (version.blobId)
        void getBlob(codeCommit, input.repositoryName, version.blobId).catch(() => undefined);
  };
  /** The first loaded version after `index` that `matches`, reading pages until one does. */
  const find = async (index: number, matches: (version: FileVersion) => boolean) => {
    let found = loaded.findIndex((version, at) => at > index && matches(version));
    while (found < 0 && more) {
      await loadPage();
      found = loaded.findIndex((version, at) => at > index && matches(version));
    }
    return found;
  };
  /**
   * A merge lists both sides' versions as its parents, and revisionChildren does not say which
   * is the first. The file's history from the merge's first parent starts with the version that
   * side holds (ListFileCommitHistory lists newest first), so one more call, kept by commit id,
   * names it. Undefined when that side has no such file: the merge brought every line.
   */
  const firstParentSide = async (version: FileVersion): Promise<string | null | undefined> => {
    const [firstParent] = version.commit.parents;
    if (version.commit.parents.length < 2 || !firstParent) return null;
    try {
      const side = await listFileVersions(codeCommit, {
        ...input,
        commitId: firstParent,
        maxResults: 1,
      });
      return side.versions[0]?.commit.commitId;
    } catch {
      return null;
    }
  };
  await loadPage();
  let index = 0;
  while (index >= 0 && index < loaded.length) {
    const current = loaded[index]!;
    yield current;
    const side = await firstParentSide(current);
    if (side === undefined) return;
    let parentIndex = side ? await find(index, (version) => version.commit.commitId === side) : -1;
    if (parentIndex < 0)
      parentIndex = await find(index, (version) =>
        version.revisionChildren.includes(current.commit.commitId),
      );
    // CodeCommit gave no children at all: the list is newest first, so the next is the parent.
    if (parentIndex < 0 && loaded.every((version) => version.revisionChildren.length === 0))
      parentIndex = index + 1;
    index = parentIndex;
  }
}

async function readLines(
  codeCommit: CodeCommit,
  repositoryName: string,
  blobId: string | undefined,
): Promise<string[]> {
  if (!blobId) return [];
  const content = await getBlob(codeCommit, repositoryName, blobId);
  return isBinaryContent(content) ? [] : splitLines(decoder.decode(content));
}

/**
 * Who last changed each line of a file: the file's versions from ListFileCommitHistory, newest
 * first, each compared with the one before it; a line a version introduced is that version's.
 * Events come as the walk goes, so the newest lines show before the whole history is read. The
 * whole answer is kept, by commit id, for the next person.
 */
export async function* blame(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitSpecifier?: string; filePath: string },
): AsyncGenerator<BlameEvent> {
  const { repositoryName } = input;
  const commitId = await resolveCommitId(codeCommit, repositoryName, input.commitSpecifier);
  const filePath = input.filePath.replace(/^\/+|\/+$/g, '');
  const key = blameKey(repositoryName, commitId, filePath);
  const kept = codeCommit.cache.get<BlameEvent[]>(key);
  if (kept) {
    await codeCommit.readsChecked(repositoryName, 'blob');
    yield* kept;
    return;
  }
  const file = await getFile(codeCommit, { repositoryName, commitSpecifier: commitId, filePath });
  if (file.content === undefined)
    throw new HTTPException(400, {
      message: `${filePath} is over 6 MB: CodeCommit will not return it`,
    });
  if (isBinaryContent(file.content))
    throw new HTTPException(400, {
      message: `${filePath} is a binary file: blame shows text only`,
    });
  const lines = splitLines(decoder.decode(file.content));
  if (lines.length > MAX_BLAME_LINES)
    throw new HTTPException(400, {
      message: `${filePath} has ${lines.length} lines: blame covers files of up to ${MAX_BLAME_LINES}`,
    });
  const events: BlameEvent[] = [];
  const emit = (event: BlameEvent) => {
    events.push(event);
    return event;
  };
  yield emit({ type: 'file', commitId, filePath, blobId: file.metadata.blobId, lines });

  let tracked = lines.map((_, index) => index);
  let remaining = lines.length;
  let newer: { version: FileVersion; lines: string[] } | undefined;
  let read = 0;
  const versions = firstParentVersions(codeCommit, { repositoryName, commitId, filePath });
  const attribute = function* (commit: Commit, path: string, introduced: number[]) {
    if (introduced.length === 0) return;
    remaining -= introduced.length;
    const parent = commit.parents[0];
    yield emit({
      type: 'commit',
      commit,
      ...(parent ? { previous: { commitId: parent, filePath: path } } : {}),
    });
    yield emit({ type: 'lines', commitId: commit.commitId, ranges: toRanges(introduced) });
  };
  for await (const version of versions) {
    const versionLines = newer
      ? await readLines(codeCommit, repositoryName, version.blobId)
      : lines;
    if (newer) {
      const step = stepBack(versionLines, newer.lines, tracked);
      yield* attribute(newer.version.commit, newer.version.path, step.introduced);
      tracked = step.olderTracked;
    }
    newer = { version, lines: versionLines };
    read += 1;
    if (remaining === 0 || read >= MAX_BLAME_VERSIONS) break;
  }
  // What is left was there in the oldest version read: its commit made it (or, when the walk
  // stopped at the bound, it is at least that old).
  if (newer && remaining > 0)
    yield* attribute(
      newer.version.commit,
      newer.version.path,
      tracked.filter((line) => line >= 0),
    );
  const complete = read < MAX_BLAME_VERSIONS || remaining === 0;
  yield emit({ type: 'done', complete, ...(complete ? {} : { limit: MAX_BLAME_VERSIONS }) });
  codeCommit.cache.set(key, events);
}
