import type {
  CreateBranchInput,
  DeleteBranchInput,
  DeleteBranchOutput,
  GetBranchInput,
  GetBranchOutput,
  ListBranchesInput,
  ListBranchesOutput,
} from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import type { Handler, OperationTable } from './types.ts';
import { requireBranchName } from '../git/require-branch-name.ts';
import { requireCommit } from '../git/require-commit.ts';
import { readBranch } from '../git/read-branch.ts';
import { listBranches } from '../git/list-branches.ts';
import { updateRef } from '../git/update-ref.ts';
import { ZERO_ID } from '../git/object-id.ts';
import { branchMoved } from '../git/branch-moved.ts';
import { decodeContinuationToken, encodeContinuationToken } from '../git/continuation-token.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

const BRANCHES_PER_PAGE = 100;

const getBranch: Handler<GetBranchInput, GetBranchOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const branchName = requireBranchName({ branchName: input.branchName });
  const commitId = await readBranch({ gitDir: repository.gitDir, branchName });
  if (!commitId)
    return fail(
      'BranchDoesNotExistException',
      `The branch ${branchName} does not exist in ${repository.repositoryName}.`,
    );
  return { branch: { branchName, commitId } };
};

const listBranchesOperation: Handler<ListBranchesInput, ListBranchesOutput> = async (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const after = decodeContinuationToken({ kind: 'ListBranches', token: input.nextToken });
  const names = (await listBranches({ gitDir: repository.gitDir }))
    .map((branch) => branch.branchName)
    .filter((name) => after === undefined || name > after);
  const page = names.slice(0, BRANCHES_PER_PAGE);
  const last = page[page.length - 1];
  return {
    branches: page,
    ...(names.length > page.length && last !== undefined
      ? { nextToken: encodeContinuationToken({ kind: 'ListBranches', position: last }) }
      : {}),
  };
};

const createBranch: Handler<CreateBranchInput, Record<string, never>> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, repositoryName } = repository;
  const branchName = requireBranchName({ branchName: input.branchName });
  if (input.commitId === undefined || input.commitId === null || input.commitId === '') {
    return failInAwsWords('CommitIdRequiredException');
  }
  const commit = await requireCommit({
    gitDir,
    specifier: input.commitId,
    defaultBranch: repository.defaultBranch,
    invalidCode: 'InvalidCommitIdException',
  });
  const result = await updateRef({
    gitDir,
    ref: `refs/heads/${branchName}`,
    newOid: commit.commitId,
    oldOid: ZERO_ID,
  });
  if (result === 'outdated')
    fail(
      'BranchNameExistsException',
      `The branch ${branchName} already exists in ${repositoryName}.`,
    );
  if (result === 'conflict') {
    fail(
      'InvalidBranchNameException',
      `The branch name ${branchName} conflicts with an existing branch (a branch cannot also be a folder of branches).`,
    );
  }
  branchMoved({ ctx, repositoryName, branchName, newCommitId: commit.commitId });
  return {};
};

const deleteBranch: Handler<DeleteBranchInput, DeleteBranchOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, repositoryName } = repository;
  const branchName = requireBranchName({ branchName: input.branchName });
  if (repository.defaultBranch === branchName) {
    fail(
      'DefaultBranchCannotBeDeletedException',
      `${branchName} is the default branch of ${repositoryName} and cannot be deleted.`,
    );
  }
  for (;;) {
    const commitId = await readBranch({ gitDir, branchName });
    // AWS answers an absent branch with an empty result rather than an error.
    if (!commitId) return {};
    const result = await updateRef({
      gitDir,
      ref: `refs/heads/${branchName}`,
      newOid: ZERO_ID,
      oldOid: commitId,
    });
    if (result === 'updated') {
      branchMoved({ ctx, repositoryName, branchName, oldCommitId: commitId });
      return { deletedBranch: { branchName, commitId } };
    }
  }
};

export const branchOperations: OperationTable = {
  GetBranch: getBranch,
  ListBranches: listBranchesOperation,
  CreateBranch: createBranch,
  DeleteBranch: deleteBranch,
};
