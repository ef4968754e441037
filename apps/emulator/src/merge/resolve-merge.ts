import type { ConflictResolution, FileModeTypeEnum } from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import { contentSizeLimits } from '../git/content-size-limits.ts';
import { isBinaryContent } from '../git/diff-blobs.ts';
import { editTree, type TreeChange } from '../git/edit-tree.ts';
import { findEntry } from '../git/find-entry.ts';
import { keepEmptiedFolders } from '../git/keep-emptied-folders.ts';
import { readObject } from '../git/object-reader.ts';
import { parsePath } from '../git/parse-path.ts';
import {
  isBlob,
  isTree,
  modeOfFileMode,
  NORMAL_MODE,
  SYMLINK_MODE,
  type TreeEntry,
} from '../git/tree-entry.ts';
import { writeBlob } from '../git/write-blob.ts';
import type { MergeAnalysis, MergeConflict } from './analyze-merge.ts';
import { mergeFileFavoring } from './merge-file.ts';

/** How many conflict resolution entries one merge may carry. */
const MAX_RESOLUTION_ENTRIES = 100;

type Entry = TreeChange['entry'];

const isText = async (gitDir: string, entry: TreeEntry): Promise<boolean> =>
  entry.mode !== SYMLINK_MODE &&
  !isBinaryContent((await readObject({ gitDir, name: entry.oid }))?.content ?? Buffer.alloc(0));

/** What a strategy puts at a conflicted path: the favoured side (a file or a whole folder), its conflicting hunks only when both sides have text. */
const favored = async (
  gitDir: string,
  conflict: MergeConflict,
  side: 'source' | 'destination',
): Promise<Entry> => {
  const chosen = conflict[side];
  const other = conflict[side === 'source' ? 'destination' : 'source'];
  if (!chosen) return null;
  if (
    conflict.lineConflict &&
    other &&
    isBlob(chosen) &&
    isBlob(other) &&
    (await isText(gitDir, chosen)) &&
    (await isText(gitDir, other))
  ) {
    const blobId = await mergeFileFavoring({
      gitDir,
      baseBlobId: conflict.base?.oid,
      destinationBlobId: conflict.destination?.oid ?? '',
      sourceBlobId: conflict.source?.oid ?? '',
      favor: side,
    });
    return { mode: chosen.mode, oid: blobId };
  }
  return { mode: chosen.mode, oid: chosen.oid };
};

const keep = (
  conflict: MergeConflict,
  version: TreeEntry | undefined,
  fileMode: FileModeTypeEnum | undefined,
): Entry => {
  if (!version) return null;
  if (!isBlob(version))
    fail(
      'InvalidConflictResolutionException',
      `${conflict.filePath} is a folder or submodule in the version to keep; resolve it with deleteFiles or new content.`,
    );
  return { mode: fileMode ? modeOfFileMode(fileMode) : version.mode, oid: version.oid };
};

const replaced = async (
  gitDir: string,
  conflict: MergeConflict,
  entry: NonNullable<ConflictResolution['replaceContents']>[number],
): Promise<Entry> => {
  const { replacementType, content, fileMode } = entry;
  if (replacementType !== 'USE_NEW_CONTENT') {
    if (content !== undefined)
      fail(
        'InvalidReplacementContentException',
        `Content is only given with USE_NEW_CONTENT, not ${replacementType ?? ''} (${conflict.filePath}).`,
      );
    return keep(
      conflict,
      conflict[
        replacementType === 'KEEP_BASE'
          ? 'base'
          : replacementType === 'KEEP_SOURCE'
            ? 'source'
            : 'destination'
      ],
      fileMode,
    );
  }
  if (content === undefined)
    return fail(
      'ReplacementContentRequiredException',
      `USE_NEW_CONTENT needs the new content of ${conflict.filePath}.`,
    );
  const current = [conflict.destination, conflict.source].find(
    (version) => version !== undefined && isBlob(version),
  );
  return {
    mode: fileMode ? modeOfFileMode(fileMode) : (current?.mode ?? NORMAL_MODE),
    oid: await writeBlob({ gitDir, content: Buffer.from(content) }),
  };
};

/**
 * The person's resolutions by path, checked: one entry per path, only for paths in conflict,
 * new contents within AWS's size limits.
 */
const resolutionsOf = (
  analysis: MergeAnalysis,
  conflictResolution: ConflictResolution | undefined,
) => {
  const replaceContents = conflictResolution?.replaceContents ?? [];
  const deleteFiles = conflictResolution?.deleteFiles ?? [];
  const setFileModes = conflictResolution?.setFileModes ?? [];
  if (replaceContents.length + deleteFiles.length + setFileModes.length > MAX_RESOLUTION_ENTRIES) {
    fail(
      'MaximumConflictResolutionEntriesExceededException',
      `A merge takes at most ${MAX_RESOLUTION_ENTRIES} conflict resolution entries.`,
    );
  }
  const conflicts = new Map(analysis.conflicts.map((conflict) => [conflict.filePath, conflict]));
  const seen = new Set<string>();
  const conflictAt = (filePath: string | undefined): MergeConflict => {
    const normalized = parsePath({ path: filePath }).join('/');
    if (seen.has(normalized))
      fail(
        'MultipleConflictResolutionEntriesException',
        `${normalized} has more than one conflict resolution entry.`,
      );
    seen.add(normalized);
    const conflict = conflicts.get(normalized);
    if (!conflict)
      return fail(
        'InvalidConflictResolutionException',
        `${normalized} is not in conflict in this merge.`,
      );
    return conflict;
  };
  const sizes = contentSizeLimits();
  return {
    replaceContents: replaceContents.map((entry) => {
      const conflict = conflictAt(entry.filePath);
      if (entry.content) sizes.add(conflict.filePath.split('/'), entry.content.length);
      return { conflict, entry };
    }),
    deleteFiles: deleteFiles.map((entry) => conflictAt(entry.filePath)),
    setFileModes: setFileModes.map((entry) => ({
      conflict: conflictAt(entry.filePath),
      fileMode: entry.fileMode,
    })),
    resolved: seen,
  };
};

/**
 * The tree a merge commits: the path-by-path merged tree, with each conflict settled by the
 * strategy (ACCEPT_SOURCE, ACCEPT_DESTINATION) or by the person's conflictResolution
 * (replaceContents, deleteFiles, setFileModes). A conflict left unsettled answers ManualMergeRequiredException.
 * Folders of the destination that the merge empties go, or with keepEmptyFolders keep a
 * `.gitkeep`.
 *
 * @example
 * const treeId = await resolveMergeTree({ analysis, conflictResolution: input.conflictResolution, keepEmptyFolders: input.keepEmptyFolders });
 */
export const resolveMergeTree = async ({
  analysis,
  conflictResolution,
  keepEmptyFolders = false,
}: {
  analysis: MergeAnalysis;
  conflictResolution?: ConflictResolution;
  keepEmptyFolders?: boolean;
}): Promise<string> => {
  const { gitDir, conflictResolutionStrategy: strategy } = analysis;
  const resolutions = resolutionsOf(analysis, conflictResolution);
  const changes = new Map<string, Entry>();
  if (strategy === 'ACCEPT_SOURCE' || strategy === 'ACCEPT_DESTINATION') {
    for (const conflict of analysis.conflicts) {
      changes.set(
        conflict.filePath,
        await favored(gitDir, conflict, strategy === 'ACCEPT_SOURCE' ? 'source' : 'destination'),
      );
    }
  }
  for (const { conflict, entry } of resolutions.replaceContents)
    changes.set(conflict.filePath, await replaced(gitDir, conflict, entry));
  for (const conflict of resolutions.deleteFiles) changes.set(conflict.filePath, null);
  for (const { conflict, fileMode } of resolutions.setFileModes) {
    const merged = await findEntry({
      gitDir,
      treeId: analysis.mergedTreeId,
      path: conflict.filePath.split('/'),
    });
    if (!merged || !isBlob(merged) || !fileMode)
      return fail(
        'InvalidConflictResolutionException',
        `${conflict.filePath} is not a file in the merge, so its mode cannot be set.`,
      );
    changes.set(conflict.filePath, { mode: modeOfFileMode(fileMode), oid: merged.oid });
  }
  const unresolved = analysis.unresolved.filter(
    (conflict) => !resolutions.resolved.has(conflict.filePath),
  );
  if (unresolved.length > 0) {
    fail(
      'ManualMergeRequiredException',
      `The merge has conflicts to resolve first: ${unresolved.map((conflict) => conflict.filePath).join(', ')}.`,
    );
  }
  const treeChanges: TreeChange[] = [];
  for (const [filePath, entry] of changes) {
    const path = filePath.split('/');
    const merged = await findEntry({ gitDir, treeId: analysis.mergedTreeId, path });
    // A deletion where the merged tree already has no file (or keeps a folder) is settled as it is.
    if (entry === null && (!merged || isTree(merged))) continue;
    // A resolution decides what the path holds, a file where a folder was or the other way round.
    treeChanges.push({ path, entry, replace: true });
  }
  const treeId =
    treeChanges.length === 0
      ? analysis.mergedTreeId
      : await editTree({ gitDir, treeId: analysis.mergedTreeId, changes: treeChanges });
  if (!keepEmptyFolders) return treeId;
  return keepEmptiedFolders({
    gitDir,
    beforeTreeId: analysis.destinationCommit.treeId,
    afterTreeId: treeId,
  });
};
