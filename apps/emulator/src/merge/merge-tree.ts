import { diffTrees, type TreeDifference } from '../git/diff-trees.ts';
import { isBinaryContent } from '../git/diff-blobs.ts';
import { editTree, type TreeChange } from '../git/edit-tree.ts';
import { readObject } from '../git/object-reader.ts';
import { findEntry } from '../git/find-entry.ts';
import { EXECUTABLE_MODE, isTree, NORMAL_MODE } from '../git/tree-entry.ts';
import { CodeCommitError } from '../protocol/errors.ts';
import { mergeFile } from './merge-file.ts';

/** A version of a path: its mode and object id. */
interface Version {
  mode: string;
  oid: string;
}

export interface MergeTreeResult {
  /** The merged tree; files whose lines conflict hold git's conflict markers. */
  treeId: string;
  /** Paths the merge could not settle: overlapping lines, modify/delete, mode, type or file/folder clashes. */
  conflicts: Set<string>;
  /** Paths both sides changed, to different results: what FILE_LEVEL calls a conflict. */
  changedOnBothSides: Set<string>;
}

/** Each changed path's version after the change, null when the change deleted it. */
const afterVersions = (differences: readonly TreeDifference[]): Map<string, Version | null> =>
  new Map(
    differences.map((difference) => [
      difference.afterBlob?.path ?? difference.beforeBlob?.path ?? '',
      difference.afterBlob
        ? { mode: difference.afterBlob.mode, oid: difference.afterBlob.blobId }
        : null,
    ]),
  );

const sameVersion = (a: Version | null | undefined, b: Version | null | undefined): boolean =>
  a === b || (!!a && !!b && a.mode === b.mode && a.oid === b.oid);

const isRegularFile = (version: Version): boolean =>
  version.mode === NORMAL_MODE || version.mode === EXECUTABLE_MODE;

/** Of two changes to one value, the one that differs from the base; undefined when both do, differently. */
const pick = (base: string | undefined, ours: string, theirs: string): string | undefined =>
  ours === theirs ? ours : ours === base ? theirs : theirs === base ? ours : undefined;

const isText = async (gitDir: string, oid: string | undefined): Promise<boolean> =>
  oid === undefined ||
  !isBinaryContent((await readObject({ gitDir, name: oid }))?.content ?? Buffer.alloc(0));

/**
 * One path both sides changed: its merged version (null: deleted) and whether it conflicts.
 * A deletion against a change keeps the changed version; binary files, symbolic links,
 * submodules and a change of kind keep the destination's version.
 */
const mergePath = async ({
  gitDir,
  base,
  destination,
  source,
  labels,
}: {
  gitDir: string;
  base: Version | undefined;
  destination: Version | null;
  source: Version | null;
  labels: { destination: string; source: string };
}): Promise<{ version: Version | null; conflict: boolean }> => {
  if (!destination || !source) return { version: destination ?? source, conflict: true };
  const mode = pick(base?.mode, destination.mode, source.mode);
  const oid = pick(base?.oid, destination.oid, source.oid);
  if (mode !== undefined && oid !== undefined) return { version: { mode, oid }, conflict: false };
  const mergeable =
    oid === undefined &&
    isRegularFile(destination) &&
    isRegularFile(source) &&
    (await isText(gitDir, destination.oid)) &&
    (await isText(gitDir, source.oid)) &&
    (await isText(gitDir, base?.oid));
  if (!mergeable) return { version: destination, conflict: true };
  const merged = await mergeFile({
    gitDir,
    baseBlobId: base && isRegularFile(base) ? base.oid : undefined,
    destinationBlobId: destination.oid,
    sourceBlobId: source.oid,
    labels,
  });
  return {
    version: { mode: mode ?? destination.mode, oid: merged.blobId },
    conflict: merged.conflicts > 0 || mode === undefined,
  };
};

const TREE_CLASHES = new Set([
  'FileNameConflictsWithDirectoryNameException',
  'DirectoryNameConflictsWithFileNameException',
  'FilePathConflictsWithSubmodulePathException',
  'FileDoesNotExistException',
  'PutFileEntryConflictException',
]);

/**
 * Applies changes to a tree in one pass; when a file and a folder clash, one change at a time,
 * leaving the clashing paths as they are and calling them conflicts.
 */
const applyChanges = async (
  gitDir: string,
  treeId: string,
  changes: readonly TreeChange[],
  conflicts: Set<string>,
): Promise<string> => {
  if (changes.length === 0) return treeId;
  const clash = (error: unknown) =>
    error instanceof CodeCommitError && TREE_CLASHES.has(error.code);
  try {
    return await editTree({ gitDir, treeId, changes });
  } catch (error) {
    if (!clash(error)) throw error;
  }
  let current = treeId;
  for (const change of changes) {
    try {
      current = await editTree({ gitDir, treeId: current, changes: [change] });
    } catch (error) {
      if (!clash(error)) throw error;
      conflicts.add(await clashingPath(gitDir, current, change.path));
    }
  }
  return current;
};

/** Where a change clashes: the file (or submodule) in the way on its path, or the path itself. */
const clashingPath = async (
  gitDir: string,
  treeId: string,
  path: readonly string[],
): Promise<string> => {
  for (let depth = 1; depth < path.length; depth += 1) {
    const entry = await findEntry({ gitDir, treeId, path: path.slice(0, depth) });
    if (!entry) break;
    if (!isTree(entry)) return path.slice(0, depth).join('/');
  }
  return path.join('/');
};

/**
 * Merges the source into the destination path by path, as CodeCommit compares them: each path's
 * base, source and destination versions, by name, with no rename detection (a file renamed on
 * one side is a deletion and an addition there). A path only one side changed takes that
 * change; a path both changed alike takes it once; a path both changed differently merges line
 * by line (`git merge-file`) when both are text files, and is otherwise a conflict. The base is
 * the merge base's tree (the empty tree for unrelated histories).
 *
 * @example
 * const { treeId, conflicts } = await mergeTree({ gitDir, baseTreeId, destinationTreeId, sourceTreeId, labels });
 */
export const mergeTree = async ({
  gitDir,
  baseTreeId,
  destinationTreeId,
  sourceTreeId,
  labels,
}: {
  gitDir: string;
  baseTreeId: string;
  destinationTreeId: string;
  sourceTreeId: string;
  labels: { destination: string; source: string };
}): Promise<MergeTreeResult> => {
  const sourceChanges = await diffTrees({
    gitDir,
    beforeTreeId: baseTreeId,
    afterTreeId: sourceTreeId,
  });
  const destination = afterVersions(
    await diffTrees({ gitDir, beforeTreeId: baseTreeId, afterTreeId: destinationTreeId }),
  );
  const conflicts = new Set<string>();
  const changedOnBothSides = new Set<string>();
  const deletions: TreeChange[] = [];
  const puts: TreeChange[] = [];
  const change = (path: string, version: Version | null) =>
    (version ? puts : deletions).push({ path: path.split('/'), entry: version });
  for (const difference of sourceChanges) {
    const path = difference.afterBlob?.path ?? difference.beforeBlob?.path ?? '';
    const source = difference.afterBlob
      ? { mode: difference.afterBlob.mode, oid: difference.afterBlob.blobId }
      : null;
    const ours = destination.get(path);
    if (ours === undefined) {
      change(path, source);
      continue;
    }
    if (sameVersion(ours, source)) continue;
    changedOnBothSides.add(path);
    const base = difference.beforeBlob
      ? { mode: difference.beforeBlob.mode, oid: difference.beforeBlob.blobId }
      : undefined;
    const merged = await mergePath({ gitDir, base, destination: ours, source, labels });
    if (merged.conflict) conflicts.add(path);
    if (!sameVersion(merged.version, ours)) change(path, merged.version);
  }
  // Deletions first: a file that replaces a folder (or a folder a file) needs the old one gone.
  const afterDeletions = await applyChanges(gitDir, destinationTreeId, deletions, conflicts);
  const treeId = await applyChanges(gitDir, afterDeletions, puts, conflicts);
  return { treeId, conflicts, changedOnBothSides };
};
