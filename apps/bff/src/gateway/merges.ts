import {
  DescribeMergeConflictsCommand,
  GetMergeConflictsCommand,
  GetMergeOptionsCommand,
  MergePullRequestByFastForwardCommand,
  MergePullRequestBySquashCommand,
  MergePullRequestByThreeWayCommand,
  type ConflictMetadata,
  type ConflictResolution,
  type MergeHunk,
  type MergeOptionTypeEnum,
  type PullRequest,
} from '@aws-sdk/client-codecommit';
import { GatewayError } from './errors.ts';
import { isCommitId, type CodeCommit } from './gateway.ts';

export type { ConflictMetadata, MergeHunk, MergeOptionTypeEnum };

/** Two commit ids to merge: everything below is keyed by them, so it never changes and is cached. */
export interface MergeCommits {
  repositoryName: string;
  sourceCommitId: string;
  destinationCommitId: string;
}

export interface MergeOptions {
  mergeOptions: MergeOptionTypeEnum[];
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId?: string;
}

const key = (...parts: (string | number)[]) => parts.join('\u0000');

/**
 * The strategies CodeCommit allows (GetMergeOptions), with the commits the specifiers name;
 * cached when both are commit ids.
 */
export async function getMergeOptions(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    sourceCommitSpecifier: string;
    destinationCommitSpecifier: string;
  },
): Promise<MergeOptions> {
  const load = async (): Promise<MergeOptions> => {
    const output = await codeCommit.call((client) =>
      client.send(new GetMergeOptionsCommand(input)),
    );
    return {
      mergeOptions: output.mergeOptions ?? [],
      sourceCommitId: output.sourceCommitId ?? '',
      destinationCommitId: output.destinationCommitId ?? '',
      baseCommitId: output.baseCommitId,
    };
  };
  const { repositoryName, sourceCommitSpecifier, destinationCommitSpecifier } = input;
  if (!isCommitId(sourceCommitSpecifier) || !isCommitId(destinationCommitSpecifier)) return load();
  return codeCommit.cache.getOrLoad(
    key('merge-options', repositoryName, sourceCommitSpecifier, destinationCommitSpecifier),
    load,
  );
}

export interface MergeConflicts {
  mergeable: boolean;
  baseCommitId?: string;
  conflictMetadataList: ConflictMetadata[];
}

/** Whether a merge is clean, and each conflicting file (GetMergeConflicts, every page). */
export async function getMergeConflicts(
  codeCommit: CodeCommit,
  input: MergeCommits & { mergeOption: MergeOptionTypeEnum },
): Promise<MergeConflicts> {
  const { repositoryName, sourceCommitId, destinationCommitId, mergeOption } = input;
  return codeCommit.cache.getOrLoad(
    key('merge-conflicts', repositoryName, sourceCommitId, destinationCommitId, mergeOption),
    async () => {
      const result: MergeConflicts = { mergeable: true, conflictMetadataList: [] };
      let nextToken: string | undefined;
      do {
        const page = await codeCommit.call((client) =>
          client.send(
            new GetMergeConflictsCommand({
              repositoryName,
              sourceCommitSpecifier: sourceCommitId,
              destinationCommitSpecifier: destinationCommitId,
              mergeOption,
              maxConflictFiles: 100,
              nextToken,
            }),
          ),
        );
        result.mergeable = page.mergeable ?? false;
        result.baseCommitId = page.baseCommitId;
        result.conflictMetadataList.push(...(page.conflictMetadataList ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      return result;
    },
  );
}

export interface FileConflict {
  conflictMetadata: ConflictMetadata;
  mergeHunks: MergeHunk[];
  baseCommitId?: string;
}

/** One file's conflict with its hunks (DescribeMergeConflicts, every page). */
export async function describeMergeConflicts(
  codeCommit: CodeCommit,
  input: MergeCommits & { mergeOption: MergeOptionTypeEnum; filePath: string },
): Promise<FileConflict> {
  const { repositoryName, sourceCommitId, destinationCommitId, mergeOption, filePath } = input;
  return codeCommit.cache.getOrLoad(
    key(
      'merge-conflict',
      repositoryName,
      sourceCommitId,
      destinationCommitId,
      mergeOption,
      filePath,
    ),
    async () => {
      const result: FileConflict = { conflictMetadata: {}, mergeHunks: [] };
      let nextToken: string | undefined;
      do {
        const page = await codeCommit.call((client) =>
          client.send(
            new DescribeMergeConflictsCommand({
              repositoryName,
              sourceCommitSpecifier: sourceCommitId,
              destinationCommitSpecifier: destinationCommitId,
              mergeOption,
              filePath,
              maxMergeHunks: 1000,
              nextToken,
            }),
          ),
        );
        result.conflictMetadata = page.conflictMetadata ?? result.conflictMetadata;
        result.baseCommitId = page.baseCommitId;
        result.mergeHunks.push(...(page.mergeHunks ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      return result;
    },
  );
}

export interface MergePullRequestInput {
  pullRequestId: string;
  repositoryName: string;
  /** The source tip the reviewer saw: CodeCommit refuses if the branch moved since. */
  sourceCommitId: string;
  mergeOption: MergeOptionTypeEnum;
  commitMessage?: string;
  authorName?: string;
  email?: string;
  conflictResolution?: ConflictResolution;
}

/** Merges with the chosen strategy (MergePullRequestByFastForward, BySquash or ByThreeWay). */
export async function mergePullRequest(
  codeCommit: CodeCommit,
  input: MergePullRequestInput,
): Promise<PullRequest> {
  const { mergeOption, pullRequestId, repositoryName, sourceCommitId, ...commit } = input;
  const target = { pullRequestId, repositoryName, sourceCommitId };
  const withCommit = {
    ...target,
    ...commit,
    ...(commit.conflictResolution ? { conflictDetailLevel: 'LINE_LEVEL' as const } : {}),
  };
  const output = await codeCommit.call((client) => {
    switch (mergeOption) {
      case 'FAST_FORWARD_MERGE':
        return client.send(new MergePullRequestByFastForwardCommand(target));
      case 'SQUASH_MERGE':
        return client.send(new MergePullRequestBySquashCommand(withCommit));
      case 'THREE_WAY_MERGE':
        return client.send(new MergePullRequestByThreeWayCommand(withCommit));
    }
  });
  if (!output.pullRequest)
    throw new GatewayError(502, 'CodeCommit answered without a pull request');
  return output.pullRequest;
}
