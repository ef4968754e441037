import type {
  ConflictDetailLevelTypeEnum,
  ConflictResolution,
  ConflictResolutionStrategyTypeEnum,
  MergeOptionTypeEnum,
} from '@aws-sdk/client-codecommit';
import type { Caller } from '../context.ts';
import { fail } from '../protocol/errors.ts';
import { commitIdentity } from '../git/commit-identity.ts';
import { commitMessage } from '../git/commit-message.ts';
import type { GitCommit } from '../git/parse-commit.ts';
import { writeCommit } from '../git/write-commit.ts';
import { analyzeMerge } from './analyze-merge.ts';
import { isAncestor } from './merge-base.ts';
import { resolveMergeTree } from './resolve-merge.ts';

/** What a merge request may say about conflicts and the commit it makes. */
export interface MergeRequest {
  conflictDetailLevel?: ConflictDetailLevelTypeEnum;
  conflictResolutionStrategy?: ConflictResolutionStrategyTypeEnum;
  conflictResolution?: ConflictResolution;
  keepEmptyFolders?: boolean;
  authorName?: string;
  email?: string;
  commitMessage?: string;
}

/**
 * The commit that merging the source into the destination produces, written but referenced by
 * no branch: for FAST_FORWARD_MERGE the source itself (ManualMergeRequiredException when the
 * destination is not its ancestor), for SQUASH_MERGE a commit on the destination with the merged
 * tree, for THREE_WAY_MERGE one with both parents. When the destination already contains the
 * source there is nothing to merge and the destination is the answer.
 *
 * @example
 * const { commitId, treeId } = await createMergeCommit({ gitDir, caller, mergeOption: 'SQUASH_MERGE', sourceCommit, destinationCommit, request: input, defaultMessage });
 */
export const createMergeCommit = async ({
  gitDir,
  caller,
  mergeOption,
  sourceCommit,
  destinationCommit,
  request,
  defaultMessage,
}: {
  gitDir: string;
  caller: Caller;
  mergeOption: MergeOptionTypeEnum;
  sourceCommit: GitCommit;
  destinationCommit: GitCommit;
  request: MergeRequest;
  defaultMessage: string;
}): Promise<{ commitId: string; treeId: string }> => {
  if (mergeOption === 'FAST_FORWARD_MERGE') {
    if (
      !(await isAncestor({
        gitDir,
        ancestorId: destinationCommit.commitId,
        commitId: sourceCommit.commitId,
      }))
    ) {
      fail(
        'ManualMergeRequiredException',
        'The destination has commits the source does not: it cannot be fast-forwarded; merge by squash or three-way instead.',
      );
    }
    return { commitId: sourceCommit.commitId, treeId: sourceCommit.treeId };
  }
  const author = commitIdentity({ caller, name: request.authorName, email: request.email });
  const message = commitMessage({ message: request.commitMessage, fallback: defaultMessage });
  if (
    await isAncestor({
      gitDir,
      ancestorId: sourceCommit.commitId,
      commitId: destinationCommit.commitId,
    })
  ) {
    return { commitId: destinationCommit.commitId, treeId: destinationCommit.treeId };
  }
  const analysis = await analyzeMerge({
    gitDir,
    sourceCommit,
    destinationCommit,
    conflictDetailLevel: request.conflictDetailLevel,
    conflictResolutionStrategy: request.conflictResolutionStrategy,
  });
  const treeId = await resolveMergeTree({
    analysis,
    conflictResolution: request.conflictResolution,
    keepEmptyFolders: request.keepEmptyFolders,
  });
  const parents =
    mergeOption === 'SQUASH_MERGE'
      ? [destinationCommit.commitId]
      : [destinationCommit.commitId, sourceCommit.commitId];
  const commitId = await writeCommit({ gitDir, treeId, parents, message, author });
  return { commitId, treeId };
};
