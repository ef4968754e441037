import type {
  ConflictDetailLevelTypeEnum,
  ConflictResolutionStrategyTypeEnum,
} from '@aws-sdk/client-codecommit';
import { EMPTY_TREE_ID } from '../git/diff-trees.ts';
import { findEntry } from '../git/find-entry.ts';
import type { GitCommit } from '../git/parse-commit.ts';
import { readCommit } from '../git/read-commit.ts';
import type { TreeEntry } from '../git/tree-entry.ts';
import { findMergeBase } from './merge-base.ts';
import { mergeTree } from './merge-tree.ts';

/** A path that the merge cannot settle on its own, with what each version has there. */
export interface MergeConflict {
  filePath: string;
  base?: TreeEntry;
  source?: TreeEntry;
  destination?: TreeEntry;
  /** The merge could not settle it (overlapping lines, modify/delete, file/folder); otherwise only FILE_LEVEL calls it a conflict. */
  lineConflict: boolean;
}

export interface MergeAnalysis {
  gitDir: string;
  sourceCommit: GitCommit;
  destinationCommit: GitCommit;
  baseCommitId?: string;
  /** The merge base's tree (the empty tree for unrelated histories). */
  baseTreeId: string;
  /** The merged tree: clean paths merged, line conflicts with conflict markers. */
  mergedTreeId: string;
  /** Every conflict at the requested detail level. */
  conflicts: MergeConflict[];
  /** The conflicts the resolution strategy leaves for a person to resolve. */
  unresolved: MergeConflict[];
  conflictResolutionStrategy: ConflictResolutionStrategyTypeEnum;
}

const unresolvedBy = (
  strategy: ConflictResolutionStrategyTypeEnum,
  conflicts: MergeConflict[],
): MergeConflict[] => {
  if (strategy === 'ACCEPT_SOURCE' || strategy === 'ACCEPT_DESTINATION') return [];
  if (strategy === 'AUTOMERGE') return conflicts.filter((conflict) => conflict.lineConflict);
  return conflicts;
};

/**
 * Works out what merging the source commit into the destination commit gives, over real git:
 * the merge base, the merged tree (path by path, as CodeCommit compares: no rename detection),
 * and the conflicts at the requested level: LINE_LEVEL those whose lines (or kinds) clash,
 * FILE_LEVEL (CodeCommit's default) every path both sides changed differently. The strategy
 * then says which of them still need a person: NONE all, AUTOMERGE those the merge cannot
 * settle, ACCEPT_SOURCE and ACCEPT_DESTINATION none.
 *
 * @example
 * const analysis = await analyzeMerge({ gitDir, sourceCommit, destinationCommit, conflictDetailLevel: 'LINE_LEVEL' });
 */
export const analyzeMerge = async ({
  gitDir,
  sourceCommit,
  destinationCommit,
  conflictDetailLevel = 'FILE_LEVEL',
  conflictResolutionStrategy = 'NONE',
}: {
  gitDir: string;
  sourceCommit: GitCommit;
  destinationCommit: GitCommit;
  conflictDetailLevel?: ConflictDetailLevelTypeEnum;
  conflictResolutionStrategy?: ConflictResolutionStrategyTypeEnum;
}): Promise<MergeAnalysis> => {
  const baseCommitId = await findMergeBase({
    gitDir,
    commitIds: [destinationCommit.commitId, sourceCommit.commitId],
  });
  const baseTreeId =
    (baseCommitId && (await readCommit({ gitDir, commitId: baseCommitId }))?.treeId) ||
    EMPTY_TREE_ID;
  const merged = await mergeTree({
    gitDir,
    baseTreeId,
    destinationTreeId: destinationCommit.treeId,
    sourceTreeId: sourceCommit.treeId,
    labels: { destination: destinationCommit.commitId, source: sourceCommit.commitId },
  });
  const paths = new Set(merged.conflicts);
  if (conflictDetailLevel === 'FILE_LEVEL')
    for (const path of merged.changedOnBothSides) paths.add(path);
  const at = (treeId: string, filePath: string) =>
    findEntry({ gitDir, treeId, path: filePath.split('/') });
  const conflicts = await Promise.all(
    [...paths].sort().map(async (filePath): Promise<MergeConflict> => ({
      filePath,
      base: await at(baseTreeId, filePath),
      source: await at(sourceCommit.treeId, filePath),
      destination: await at(destinationCommit.treeId, filePath),
      lineConflict: merged.conflicts.has(filePath),
    })),
  );
  return {
    gitDir,
    sourceCommit,
    destinationCommit,
    baseCommitId,
    baseTreeId,
    mergedTreeId: merged.treeId,
    conflicts,
    unresolved: unresolvedBy(conflictResolutionStrategy, conflicts),
    conflictResolutionStrategy,
  };
};
