import type { MergeDetails } from '../operations/types.ts';
import type { MergeRequest } from './create-merge-commit.ts';
import { findMergeBase } from './merge-base.ts';

/**
 * What a merge was, in the fields CodeCommit's EventBridge events carry for it (the CodeCommit
 * User Guide's referenceUpdated-by-merge and unreferencedMergeCommitCreated examples), with the
 * API's documented defaults when the request left them out (LINE_LEVEL, NONE).
 *
 * @example
 * const merge = await mergeDetails({ gitDir, sourceCommitId, destinationCommitId, mergeOption, request: input });
 */
export const mergeDetails = async ({
  gitDir,
  sourceCommitId,
  destinationCommitId,
  mergeOption,
  request,
}: {
  gitDir: string;
  sourceCommitId: string;
  destinationCommitId: string;
  mergeOption: string;
  request: MergeRequest;
}): Promise<MergeDetails> => ({
  sourceCommitId,
  destinationCommitId,
  baseCommitId: await findMergeBase({ gitDir, commitIds: [destinationCommitId, sourceCommitId] }),
  mergeOption,
  conflictDetailsLevel: request.conflictDetailLevel ?? 'LINE_LEVEL',
  conflictResolutionStrategy: request.conflictResolutionStrategy ?? 'NONE',
});
