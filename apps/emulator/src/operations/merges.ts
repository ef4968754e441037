import type {
  BatchDescribeMergeConflictsError,
  BatchDescribeMergeConflictsInput,
  BatchDescribeMergeConflictsOutput,
  CreateUnreferencedMergeCommitInput,
  CreateUnreferencedMergeCommitOutput,
  DescribeMergeConflictsInput,
  DescribeMergeConflictsOutput,
  GetMergeCommitInput,
  GetMergeCommitOutput,
  GetMergeConflictsInput,
  GetMergeConflictsOutput,
  GetMergeOptionsInput,
  GetMergeOptionsOutput,
  MergeBranchesByFastForwardInput,
  MergeBranchesByFastForwardOutput,
  MergeBranchesBySquashInput,
  MergeBranchesBySquashOutput,
  MergeBranchesByThreeWayInput,
  MergeBranchesByThreeWayOutput,
  MergeOptionTypeEnum,
  MergePullRequestByFastForwardInput,
  MergePullRequestByFastForwardOutput,
  MergePullRequestBySquashInput,
  MergePullRequestBySquashOutput,
  MergePullRequestByThreeWayInput,
  MergePullRequestByThreeWayOutput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationContext, OperationTable } from './types.ts';
import { fail } from '../protocol/errors.ts';
import { pageOf } from '../protocol/pagination.ts';
import { findEntry } from '../git/find-entry.ts';
import { parsePath } from '../git/parse-path.ts';
import { analyzeMerge, type MergeAnalysis, type MergeConflict } from '../merge/analyze-merge.ts';
import { describeConflict } from '../merge/conflict-metadata.ts';
import { createMergeCommit } from '../merge/create-merge-commit.ts';
import { mergeDetails } from '../merge/merge-details.ts';
import { publishUnreferencedMergeCommit } from '../eventbridge/register.ts';
import { findMergeCommit } from '../merge/find-merge-commit.ts';
import { findMergeBase, isAncestor } from '../merge/merge-base.ts';
import { mergeBranches } from '../merge/merge-branches.ts';
import { mergeInputs } from '../merge/merge-inputs.ts';
import { mergePullRequest } from '../merge/merge-pull-request.ts';
import { toPullRequest } from '../pull-requests/to-pull-request.ts';

/** A count limit of a request (maxConflictFiles, maxMergeHunks): `exception` unless 1 or more. */
const requireLimit = (value: number | undefined, exception: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (value < 1) fail(exception, `The limit must be 1 or more, not ${value}.`);
  return value;
};

type AnalysisInput = {
  repositoryName?: string;
  sourceCommitSpecifier?: string;
  destinationCommitSpecifier?: string;
  conflictDetailLevel?: GetMergeOptionsInput['conflictDetailLevel'];
  conflictResolutionStrategy?: GetMergeOptionsInput['conflictResolutionStrategy'];
};

const analyze = async (
  ctx: OperationContext,
  input: AnalysisInput,
  mergeOption?: MergeOptionTypeEnum,
): Promise<MergeAnalysis> => {
  if (mergeOption === 'FAST_FORWARD_MERGE')
    fail(
      'InvalidMergeOptionException',
      'A fast-forward merge has no conflicts to describe; ask about SQUASH_MERGE or THREE_WAY_MERGE.',
    );
  const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
  return analyzeMerge({
    gitDir: repository.gitDir,
    sourceCommit,
    destinationCommit,
    conflictDetailLevel: input.conflictDetailLevel,
    conflictResolutionStrategy: input.conflictResolutionStrategy,
  });
};

const commitIds = (analysis: MergeAnalysis) => ({
  sourceCommitId: analysis.sourceCommit.commitId,
  destinationCommitId: analysis.destinationCommit.commitId,
  baseCommitId: analysis.baseCommitId,
});

/** The conflict at a path, or the path's versions when it merged cleanly; FileDoesNotExistException when no version has it. */
const conflictAt = async (analysis: MergeAnalysis, filePath: string): Promise<MergeConflict> => {
  const normalized = parsePath({ path: filePath }).join('/');
  const conflict = analysis.conflicts.find((candidate) => candidate.filePath === normalized);
  if (conflict) return conflict;
  const at = (treeId: string) =>
    findEntry({ gitDir: analysis.gitDir, treeId, path: normalized.split('/') });
  const versions = {
    base: await at(analysis.baseTreeId),
    source: await at(analysis.sourceCommit.treeId),
    destination: await at(analysis.destinationCommit.treeId),
  };
  if (!versions.source && !versions.destination)
    fail('FileDoesNotExistException', `There is no file ${normalized} in either commit.`);
  return { filePath: normalized, ...versions, lineConflict: false };
};

const GetMergeOptions: Handler<GetMergeOptionsInput, GetMergeOptionsOutput> = async (
  input,
  ctx,
) => {
  const analysis = await analyze(ctx, input);
  const mergeOptions: MergeOptionTypeEnum[] = [];
  if (
    await isAncestor({
      gitDir: analysis.gitDir,
      ancestorId: analysis.destinationCommit.commitId,
      commitId: analysis.sourceCommit.commitId,
    })
  )
    mergeOptions.push('FAST_FORWARD_MERGE');
  if (analysis.unresolved.length === 0) mergeOptions.push('SQUASH_MERGE', 'THREE_WAY_MERGE');
  return { mergeOptions, ...commitIds(analysis), baseCommitId: analysis.baseCommitId ?? '' };
};

const GetMergeCommit: Handler<GetMergeCommitInput, GetMergeCommitOutput> = async (input, ctx) => {
  const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
  const { gitDir } = repository;
  return {
    sourceCommitId: sourceCommit.commitId,
    destinationCommitId: destinationCommit.commitId,
    baseCommitId: await findMergeBase({
      gitDir,
      commitIds: [destinationCommit.commitId, sourceCommit.commitId],
    }),
    mergedCommitId: await findMergeCommit({
      gitDir,
      sourceCommitId: sourceCommit.commitId,
      destinationCommitId: destinationCommit.commitId,
    }),
  };
};

const GetMergeConflicts: Handler<GetMergeConflictsInput, GetMergeConflictsOutput> = async (
  input,
  ctx,
) => {
  const pageSize = requireLimit(input.maxConflictFiles, 'InvalidMaxConflictFilesException', 100);
  if (input.mergeOption === 'FAST_FORWARD_MERGE') {
    const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
    const { gitDir } = repository;
    return {
      mergeable: await isAncestor({
        gitDir,
        ancestorId: destinationCommit.commitId,
        commitId: sourceCommit.commitId,
      }),
      sourceCommitId: sourceCommit.commitId,
      destinationCommitId: destinationCommit.commitId,
      baseCommitId: await findMergeBase({
        gitDir,
        commitIds: [destinationCommit.commitId, sourceCommit.commitId],
      }),
      conflictMetadataList: [],
    };
  }
  const analysis = await analyze(ctx, input);
  const page = pageOf(analysis.unresolved, {
    nextToken: input.nextToken,
    pageSize,
    query: `merge-conflicts/${analysis.sourceCommit.commitId}/${analysis.destinationCommit.commitId}`,
  });
  const conflictMetadataList = [];
  for (const conflict of page.items)
    conflictMetadataList.push(
      (await describeConflict({ gitDir: analysis.gitDir, conflict })).conflictMetadata,
    );
  return {
    mergeable: analysis.unresolved.length === 0,
    ...commitIds(analysis),
    conflictMetadataList,
    nextToken: page.nextToken,
  };
};

const DescribeMergeConflicts: Handler<
  DescribeMergeConflictsInput,
  DescribeMergeConflictsOutput
> = async (input, ctx) => {
  const pageSize = requireLimit(input.maxMergeHunks, 'InvalidMaxMergeHunksException', 1000);
  const analysis = await analyze(ctx, input, input.mergeOption);
  const { conflictMetadata, mergeHunks } = await describeConflict({
    gitDir: analysis.gitDir,
    conflict: await conflictAt(analysis, input.filePath ?? ''),
  });
  const page = pageOf(mergeHunks, {
    nextToken: input.nextToken,
    pageSize,
    query: `merge-hunks/${analysis.sourceCommit.commitId}/${analysis.destinationCommit.commitId}/${conflictMetadata.filePath ?? ''}`,
  });
  return {
    conflictMetadata,
    mergeHunks: page.items,
    nextToken: page.nextToken,
    ...commitIds(analysis),
  };
};

const BatchDescribeMergeConflicts: Handler<
  BatchDescribeMergeConflictsInput,
  BatchDescribeMergeConflictsOutput
> = async (input, ctx) => {
  const pageSize = requireLimit(input.maxConflictFiles, 'InvalidMaxConflictFilesException', 100);
  const maxMergeHunks = requireLimit(input.maxMergeHunks, 'InvalidMaxMergeHunksException', 1000);
  const analysis = await analyze(ctx, input, input.mergeOption);
  const errors: BatchDescribeMergeConflictsError[] = [];
  let conflicts = analysis.conflicts;
  if (input.filePaths && input.filePaths.length > 0) {
    const wanted = input.filePaths.map((filePath) => parsePath({ path: filePath }).join('/'));
    conflicts = conflicts.filter((conflict) => wanted.includes(conflict.filePath));
    for (const filePath of wanted.filter(
      (path) => !conflicts.some((conflict) => conflict.filePath === path),
    )) {
      errors.push({
        filePath,
        exceptionName: 'FileDoesNotExistException',
        message: `${filePath} is not in conflict in this merge.`,
      });
    }
  }
  const page = pageOf(conflicts, {
    nextToken: input.nextToken,
    pageSize,
    query: `batch-merge-conflicts/${analysis.sourceCommit.commitId}/${analysis.destinationCommit.commitId}`,
  });
  const described = [];
  for (const conflict of page.items) {
    const { conflictMetadata, mergeHunks } = await describeConflict({
      gitDir: analysis.gitDir,
      conflict,
    });
    described.push({ conflictMetadata, mergeHunks: mergeHunks.slice(0, maxMergeHunks) });
  }
  return { conflicts: described, errors, nextToken: page.nextToken, ...commitIds(analysis) };
};

const CreateUnreferencedMergeCommit: Handler<
  CreateUnreferencedMergeCommitInput,
  CreateUnreferencedMergeCommitOutput
> = async (input, ctx) => {
  const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
  const mergeOption = input.mergeOption ?? 'THREE_WAY_MERGE';
  const merged = await createMergeCommit({
    gitDir: repository.gitDir,
    caller: ctx.caller,
    mergeOption,
    sourceCommit,
    destinationCommit,
    request: input,
    defaultMessage: `Merge ${input.sourceCommitSpecifier ?? ''} into ${input.destinationCommitSpecifier ?? ''}`,
  });
  publishUnreferencedMergeCommit(ctx, {
    repository,
    commitId: merged.commitId,
    merge: await mergeDetails({
      gitDir: repository.gitDir,
      sourceCommitId: sourceCommit.commitId,
      destinationCommitId: destinationCommit.commitId,
      mergeOption,
      request: input,
    }),
  });
  return merged;
};

const MergeBranchesByFastForward: Handler<
  MergeBranchesByFastForwardInput,
  MergeBranchesByFastForwardOutput
> = (input, ctx) => mergeBranches(ctx, 'FAST_FORWARD_MERGE', input);
const MergeBranchesBySquash: Handler<MergeBranchesBySquashInput, MergeBranchesBySquashOutput> = (
  input,
  ctx,
) => mergeBranches(ctx, 'SQUASH_MERGE', input);
const MergeBranchesByThreeWay: Handler<
  MergeBranchesByThreeWayInput,
  MergeBranchesByThreeWayOutput
> = (input, ctx) => mergeBranches(ctx, 'THREE_WAY_MERGE', input);

const MergePullRequestByFastForward: Handler<
  MergePullRequestByFastForwardInput,
  MergePullRequestByFastForwardOutput
> = async (input, ctx) => ({
  pullRequest: toPullRequest(ctx, await mergePullRequest(ctx, 'FAST_FORWARD_MERGE', input)),
});
const MergePullRequestBySquash: Handler<
  MergePullRequestBySquashInput,
  MergePullRequestBySquashOutput
> = async (input, ctx) => ({
  pullRequest: toPullRequest(ctx, await mergePullRequest(ctx, 'SQUASH_MERGE', input)),
});
const MergePullRequestByThreeWay: Handler<
  MergePullRequestByThreeWayInput,
  MergePullRequestByThreeWayOutput
> = async (input, ctx) => ({
  pullRequest: toPullRequest(ctx, await mergePullRequest(ctx, 'THREE_WAY_MERGE', input)),
});

export const mergeOperations: OperationTable = {
  GetMergeOptions,
  GetMergeCommit,
  GetMergeConflicts,
  DescribeMergeConflicts,
  BatchDescribeMergeConflicts,
  CreateUnreferencedMergeCommit,
  MergeBranchesByFastForward,
  MergeBranchesBySquash,
  MergeBranchesByThreeWay,
  MergePullRequestByFastForward,
  MergePullRequestBySquash,
  MergePullRequestByThreeWay,
};
