import type {
  ChangeTypeEnum,
  ConflictMetadata,
  MergeHunk,
  ObjectTypeEnum,
} from '@aws-sdk/client-codecommit';
import { isBinaryContent } from '../git/diff-blobs.ts';
import { readObject } from '../git/object-reader.ts';
import { writeBlob } from '../git/write-blob.ts';
import {
  fileModeOf,
  isBlob,
  SUBMODULE_MODE,
  SYMLINK_MODE,
  TREE_MODE,
  type TreeEntry,
} from '../git/tree-entry.ts';
import type { MergeConflict } from './analyze-merge.ts';
import { mergeHunks } from './merge-hunks.ts';

type Side = 'base' | 'source' | 'destination';
const SIDES: readonly Side[] = ['source', 'destination', 'base'];

const objectTypeOf = (entry: TreeEntry): ObjectTypeEnum =>
  entry.mode === TREE_MODE
    ? 'DIRECTORY'
    : entry.mode === SUBMODULE_MODE
      ? 'GIT_LINK'
      : entry.mode === SYMLINK_MODE
        ? 'SYMBOLIC_LINK'
        : 'FILE';

const operationOf = (
  base: TreeEntry | undefined,
  side: TreeEntry | undefined,
): ChangeTypeEnum | undefined => {
  if (!base) return side ? 'A' : undefined;
  if (!side) return 'D';
  return base.oid === side.oid && base.mode === side.mode ? undefined : 'M';
};

const perSide = <T>(value: (side: Side) => T | undefined): Partial<Record<Side, T>> => {
  const result: Partial<Record<Side, T>> = {};
  for (const side of SIDES) {
    const found = value(side);
    if (found !== undefined) result[side] = found;
  }
  return result;
};

/** The text of each version of a conflicted file (empty where a version has no file). */
const contentsOf = async (
  gitDir: string,
  conflict: MergeConflict,
): Promise<Partial<Record<Side, Buffer>>> => {
  const contents: Partial<Record<Side, Buffer>> = {};
  for (const side of SIDES) {
    const entry = conflict[side];
    if (entry && isBlob(entry))
      contents[side] = (await readObject({ gitDir, name: entry.oid }))?.content ?? Buffer.alloc(0);
  }
  return contents;
};

/**
 * A conflicted file described as CodeCommit does (sizes, modes, object types, binary flags,
 * what kind of conflict, what each side did) with its merge hunks; text files only get hunks.
 *
 * @example
 * const { conflictMetadata, mergeHunks } = await describeConflict({ gitDir, conflict });
 */
export const describeConflict = async ({
  gitDir,
  conflict,
}: {
  gitDir: string;
  conflict: MergeConflict;
}): Promise<{ conflictMetadata: ConflictMetadata; mergeHunks: MergeHunk[] }> => {
  const contents = await contentsOf(gitDir, conflict);
  const { base, source, destination } = conflict;
  const binary = SIDES.some(
    (side) => contents[side] !== undefined && isBinaryContent(contents[side] as Buffer),
  );
  let hunks: MergeHunk[] = [];
  if (
    !binary &&
    (source === undefined || isBlob(source)) &&
    (destination === undefined || isBlob(destination)) &&
    (base === undefined || isBlob(base))
  ) {
    const emptyBlobId =
      source && destination && base ? '' : await writeBlob({ gitDir, content: Buffer.alloc(0) });
    const version = (side: Side) => ({
      blobId: conflict[side]?.oid ?? emptyBlobId,
      text: contents[side]?.toString('utf8') ?? '',
    });
    hunks = await mergeHunks({
      gitDir,
      base: version('base'),
      source: version('source'),
      destination: version('destination'),
    });
  }
  const contentChanged = (side: TreeEntry | undefined) => side?.oid !== base?.oid;
  const modeChanged = (side: TreeEntry | undefined) =>
    side !== undefined && base !== undefined && side.mode !== base.mode;
  const conflictMetadata: ConflictMetadata = {
    filePath: conflict.filePath,
    fileSizes: perSide((side) => contents[side]?.length),
    fileModes: perSide((side) =>
      conflict[side] && isBlob(conflict[side] as TreeEntry)
        ? fileModeOf((conflict[side] as TreeEntry).mode)
        : undefined,
    ),
    objectTypes: perSide((side) =>
      conflict[side] ? objectTypeOf(conflict[side] as TreeEntry) : undefined,
    ),
    numberOfConflicts: Math.max(1, hunks.filter((hunk) => hunk.isConflict).length),
    isBinaryFile: perSide((side) =>
      contents[side] === undefined ? undefined : isBinaryContent(contents[side] as Buffer),
    ),
    contentConflict:
      contentChanged(source) && contentChanged(destination) && source?.oid !== destination?.oid,
    fileModeConflict:
      modeChanged(source) && modeChanged(destination) && source?.mode !== destination?.mode,
    objectTypeConflict:
      source !== undefined &&
      destination !== undefined &&
      objectTypeOf(source) !== objectTypeOf(destination),
    mergeOperations: perSide((side) =>
      side === 'base' ? undefined : operationOf(base, conflict[side]),
    ),
  };
  return { conflictMetadata, mergeHunks: hunks };
};
