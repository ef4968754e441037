import type {
  BatchGetCommitsError,
  BatchGetCommitsInput,
  BatchGetCommitsOutput,
  CreateCommitInput,
  CreateCommitOutput,
  FileVersion,
  GetCommitInput,
  GetCommitOutput,
  ListFileCommitHistoryRequest,
  ListFileCommitHistoryResponse,
} from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import type { Handler, OperationTable } from './types.ts';
import { readCommit } from '../git/read-commit.ts';
import { isObjectId } from '../git/object-id.ts';
import { commitOutput } from '../git/commit-output.ts';
import { requireBranchName } from '../git/require-branch-name.ts';
import { requireParentCommit } from '../git/require-parent-commit.ts';
import { requireCommit } from '../git/require-commit.ts';
import { commitIdentity } from '../git/commit-identity.ts';
import { commitMessage } from '../git/commit-message.ts';
import { planCommit } from '../git/plan-commit.ts';
import { editTree } from '../git/edit-tree.ts';
import { commitToBranch } from '../git/commit-to-branch.ts';
import { fileHistory } from '../git/file-history.ts';
import { parseHistoryPath } from '../git/parse-history-path.ts';
import { findEntry } from '../git/find-entry.ts';
import { isBlob } from '../git/tree-entry.ts';
import { decodeContinuationToken, encodeContinuationToken } from '../git/continuation-token.ts';
import { requireMaxResults } from '../git/require-max-results.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

const MAX_BATCH_COMMIT_IDS = 100;

const getCommit: Handler<GetCommitInput, GetCommitOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  if (input.commitId === undefined || input.commitId === null || input.commitId === '') {
    return failInAwsWords('CommitIdRequiredException');
  }
  if (!isObjectId(input.commitId))
    return fail(
      'InvalidCommitIdException',
      `${JSON.stringify(input.commitId)} is not a full commit id.`,
    );
  const commit = await readCommit({ gitDir: repository.gitDir, commitId: input.commitId });
  if (!commit)
    return fail(
      'CommitIdDoesNotExistException',
      `The commit ${input.commitId} does not exist in ${repository.repositoryName}.`,
    );
  return { commit: commitOutput({ commit }) };
};

const batchGetCommits: Handler<BatchGetCommitsInput, BatchGetCommitsOutput> = async (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const commitIds = input.commitIds;
  if (!Array.isArray(commitIds) || commitIds.length === 0)
    return failInAwsWords('CommitIdsListRequiredException');
  if (commitIds.length > MAX_BATCH_COMMIT_IDS) {
    fail(
      'CommitIdsLimitExceededException',
      `At most ${MAX_BATCH_COMMIT_IDS} commit ids can be asked for at once, not ${commitIds.length}.`,
    );
  }
  const output: BatchGetCommitsOutput = { commits: [], errors: [] };
  const results = await Promise.all(
    commitIds.map(async (commitId) => ({
      commitId,
      commit: isObjectId(commitId)
        ? await readCommit({ gitDir: repository.gitDir, commitId })
        : undefined,
    })),
  );
  for (const { commitId, commit } of results) {
    if (commit) {
      output.commits?.push(commitOutput({ commit }));
      continue;
    }
    const error: BatchGetCommitsError = isObjectId(commitId)
      ? {
          commitId,
          errorCode: 'CommitIdDoesNotExistException',
          errorMessage: `The commit ${commitId} does not exist in ${repository.repositoryName}.`,
        }
      : {
          commitId,
          errorCode: 'InvalidCommitIdException',
          errorMessage: `${JSON.stringify(commitId)} is not a full commit id.`,
        };
    output.errors?.push(error);
  }
  return output;
};

const createCommit: Handler<CreateCommitInput, CreateCommitOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, repositoryName } = repository;
  const branchName = requireBranchName({ branchName: input.branchName });
  const author = commitIdentity({ caller: ctx.caller, name: input.authorName, email: input.email });
  const message = commitMessage({ message: input.commitMessage, fallback: '' });
  const parent = await requireParentCommit({
    gitDir,
    branchName,
    parentCommitId: input.parentCommitId,
  });
  const plan = await planCommit({
    gitDir,
    treeId: parent?.treeId,
    putFiles: input.putFiles,
    deleteFiles: input.deleteFiles,
    setFileModes: input.setFileModes,
  });
  const treeId = await editTree({
    gitDir,
    treeId: parent?.treeId,
    changes: plan.changes,
    keepEmptyFolders: input.keepEmptyFolders === true,
  });
  if (parent && treeId === parent.treeId)
    fail(
      'NoChangeException',
      `The changes leave ${branchName} exactly as it is at ${parent.commitId}.`,
    );
  const commitId = await commitToBranch({
    ctx,
    repositoryName,
    gitDir,
    branchName,
    parent,
    treeId,
    message,
    author,
  });
  return {
    commitId,
    treeId,
    filesAdded: plan.filesAdded,
    filesUpdated: plan.filesUpdated,
    filesDeleted: plan.filesDeleted,
  };
};

const listFileCommitHistory: Handler<
  ListFileCommitHistoryRequest,
  ListFileCommitHistoryResponse
> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, defaultBranch } = repository;
  const path = parseHistoryPath({ filePath: input.filePath });
  const maxResults = requireMaxResults({ maxResults: input.maxResults, fallback: 100, max: 1000 });
  const after = decodeContinuationToken({ kind: 'ListFileCommitHistory', token: input.nextToken });
  const start = await requireCommit({ gitDir, specifier: input.commitSpecifier, defaultBranch });
  const revisions = await fileHistory({ gitDir, commitId: start.commitId, path: path.join('/') });
  const children = new Map<string, string[]>();
  for (const revision of revisions) {
    for (const parent of revision.parents)
      children.set(parent, [...(children.get(parent) ?? []), revision.commitId]);
  }
  const from =
    after === undefined ? 0 : revisions.findIndex((revision) => revision.commitId === after) + 1;
  if (after !== undefined && from === 0)
    fail(
      'InvalidContinuationTokenException',
      'The continuation token does not match this history.',
    );
  const page = revisions.slice(from, from + maxResults);
  const revisionDag: FileVersion[] = [];
  for (const revision of page) {
    const commit = await readCommit({ gitDir, commitId: revision.commitId });
    if (!commit) continue;
    const entry = await findEntry({ gitDir, treeId: commit.treeId, path });
    revisionDag.push({
      commit: commitOutput({ commit }),
      ...(entry && isBlob(entry) ? { blobId: entry.oid } : {}),
      path: path.join('/'),
      revisionChildren: children.get(revision.commitId) ?? [],
    });
  }
  const last = page[page.length - 1];
  const more = from + page.length < revisions.length && last !== undefined;
  return {
    revisionDag,
    ...(more
      ? {
          nextToken: encodeContinuationToken({
            kind: 'ListFileCommitHistory',
            position: last.commitId,
          }),
        }
      : {}),
  };
};

export const commitOperations: OperationTable = {
  GetCommit: getCommit,
  BatchGetCommits: batchGetCommits,
  CreateCommit: createCommit,
  ListFileCommitHistory: listFileCommitHistory,
};
