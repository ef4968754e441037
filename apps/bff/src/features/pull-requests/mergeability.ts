import type { CodeCommit } from '../../gateway/gateway.ts';
import {
  getMergeConflicts,
  getMergeOptions,
  type ConflictMetadata,
  type MergeOptionTypeEnum,
} from '../../gateway/merges.ts';

export interface Mergeability {
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId: string | null;
  /** The strategies CodeCommit allows for these commits. */
  mergeOptions: MergeOptionTypeEnum[];
  /** True when a three-way merge needs no conflict resolution. */
  mergeable: boolean;
  /** Each file that conflicts, when one does. */
  conflicts: ConflictMetadata[];
}

/**
 * What merging would do: GetMergeOptions, and, unless a fast-forward is possible (which never
 * conflicts), GetMergeConflicts for a three-way merge. Both are cached by the commits they name.
 */
export async function getMergeability(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    sourceCommitSpecifier: string;
    destinationCommitSpecifier: string;
  },
): Promise<Mergeability> {
  const options = await getMergeOptions(codeCommit, input);
  const result: Mergeability = {
    sourceCommitId: options.sourceCommitId,
    destinationCommitId: options.destinationCommitId,
    baseCommitId: options.baseCommitId ?? null,
    mergeOptions: options.mergeOptions,
    mergeable: true,
    conflicts: [],
  };
  if (options.mergeOptions.includes('FAST_FORWARD_MERGE')) return result;
  const conflicts = await getMergeConflicts(codeCommit, {
    repositoryName: input.repositoryName,
    sourceCommitId: options.sourceCommitId,
    destinationCommitId: options.destinationCommitId,
    mergeOption: 'THREE_WAY_MERGE',
  });
  return {
    ...result,
    mergeable: conflicts.mergeable,
    conflicts: conflicts.conflictMetadataList.filter(
      (file) => file.contentConflict || file.fileModeConflict || file.objectTypeConflict,
    ),
  };
}
