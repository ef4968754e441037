import type { MergeDetails, ReferenceUpdate, RepositoryRecord } from '../operations/types.ts';
import { ZERO_ID } from '../git/object-id.ts';
import { codeCommitEvent, type CodeCommitEvent } from './envelope.ts';

const referenceKinds = [
  { prefix: 'refs/heads/', referenceType: 'branch' },
  { prefix: 'refs/tags/', referenceType: 'tag' },
] as const;

/**
 * The "CodeCommit Repository State Change" event for a branch or tag that was created, updated
 * or deleted, by `git push` or an API call, with the detail fields of the CodeCommit User Guide's
 * referenceCreated / referenceUpdated / referenceDeleted examples (commitId for the new tip,
 * oldCommitId for the old one) and callerUserArn, who moved it. Undefined for other references.
 *
 * @example
 * const event = repositoryStateChange({ region, accountId, repository, update, time: new Date() });
 */
export const repositoryStateChange = ({
  region,
  accountId,
  repository,
  update,
  time,
}: {
  region: string;
  accountId: string;
  repository: RepositoryRecord;
  update: ReferenceUpdate;
  time: Date;
}): CodeCommitEvent | undefined => {
  const kind = referenceKinds.find(({ prefix }) => update.ref.startsWith(prefix));
  if (!kind) return undefined;
  const created = update.oldCommitId === ZERO_ID;
  const deleted = update.newCommitId === ZERO_ID;
  return codeCommitEvent({
    detailType: 'CodeCommit Repository State Change',
    region,
    accountId,
    repositoryArn: repository.arn,
    time,
    detail: {
      callerUserArn: update.caller.arn,
      event: created ? 'referenceCreated' : deleted ? 'referenceDeleted' : 'referenceUpdated',
      repositoryName: repository.repositoryName,
      repositoryId: repository.repositoryId,
      referenceType: kind.referenceType,
      referenceName: update.ref.slice(kind.prefix.length),
      referenceFullName: update.ref,
      ...(deleted ? {} : { commitId: update.newCommitId }),
      ...(created ? {} : { oldCommitId: update.oldCommitId }),
      ...(update.merge ? mergeFields(update.merge) : {}),
    },
  });
};

const mergeFields = (merge: MergeDetails): Record<string, string> => ({
  ...(merge.baseCommitId === undefined ? {} : { baseCommitId: merge.baseCommitId }),
  sourceCommitId: merge.sourceCommitId,
  destinationCommitId: merge.destinationCommitId,
  mergeOption: merge.mergeOption,
  ...(merge.conflictDetailsLevel === undefined
    ? {}
    : { conflictDetailsLevel: merge.conflictDetailsLevel }),
  ...(merge.conflictResolutionStrategy === undefined
    ? {}
    : { conflictResolutionStrategy: merge.conflictResolutionStrategy }),
});

/**
 * The "CodeCommit Repository State Change" event for a merge commit that CreateUnreferencedMergeCommit
 * wrote without moving any reference (the CodeCommit User Guide's unreferencedMergeCommitCreated
 * example).
 *
 * @example
 * const event = unreferencedMergeCommitCreated({ region, accountId, repository, commitId, merge, callerUserArn, time: new Date() });
 */
export const unreferencedMergeCommitCreated = ({
  region,
  accountId,
  repository,
  commitId,
  merge,
  callerUserArn,
  time,
}: {
  region: string;
  accountId: string;
  repository: RepositoryRecord;
  commitId: string;
  merge: MergeDetails;
  callerUserArn: string;
  time: Date;
}): CodeCommitEvent =>
  codeCommitEvent({
    detailType: 'CodeCommit Repository State Change',
    region,
    accountId,
    repositoryArn: repository.arn,
    time,
    detail: {
      callerUserArn,
      event: 'unreferencedMergeCommitCreated',
      repositoryName: repository.repositoryName,
      repositoryId: repository.repositoryId,
      commitId,
      ...mergeFields(merge),
    },
  });
