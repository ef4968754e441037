import type {
  BatchGetRepositoriesInput,
  BatchGetRepositoriesOutput,
  CreateRepositoryInput,
  CreateRepositoryOutput,
  DeleteRepositoryInput,
  DeleteRepositoryOutput,
  GetRepositoryInput,
  GetRepositoryOutput,
  ListRepositoriesInput,
  ListRepositoriesOutput,
  RepositoryMetadata,
  UpdateDefaultBranchInput,
  UpdateRepositoryDescriptionInput,
  UpdateRepositoryEncryptionKeyInput,
  UpdateRepositoryEncryptionKeyOutput,
  UpdateRepositoryNameInput,
} from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import { awsMessage } from '../protocol/aws-messages.ts';
import { branchExists } from '../store/bare-repository.ts';
import { pageOf } from '../protocol/pagination.ts';
import { repositoryPathOf } from '../regions/repository-path.ts';
import { checkTags } from './tags.ts';
import type { Handler, OperationContext, OperationTable, RepositoryRecord } from './types.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

/** BatchGetRepositories takes at most this many names. */
const maxBatchNames = 100;
/** ListRepositories answers this many repositories a page. */
const listPageSize = 1000;

export function repositoryMetadata(
  repository: RepositoryRecord,
  ctx: OperationContext,
): RepositoryMetadata {
  return {
    accountId: repository.accountId,
    repositoryId: repository.repositoryId,
    repositoryName: repository.repositoryName,
    repositoryDescription: repository.repositoryDescription,
    defaultBranch: repository.defaultBranch,
    lastModifiedDate: repository.lastModifiedDate,
    creationDate: repository.creationDate,
    cloneUrlHttp: `${ctx.publicUrl}${repositoryPathOf(repository, ctx.defaultRegion)}`,
    // Without an SSH listener, AWS's own host, as the repository would have there.
    cloneUrlSsh: ctx.sshUrl
      ? `${ctx.sshUrl}${repositoryPathOf(repository, ctx.defaultRegion)}`
      : `ssh://git-codecommit.${repository.region}.amazonaws.com/v1/repos/${repository.repositoryName}`,
    Arn: repository.arn,
    kmsKeyId: repository.kmsKeyId,
  };
}

/** The model's pattern allows names CodeCommit still refuses; it says so in its own words. */
function checkRepositoryName(name: string): void {
  if (name.toLowerCase().endsWith('.git') || name === '.' || name === '..') {
    fail('InvalidRepositoryNameException', awsMessage('InvalidRepositoryNameException') ?? '');
  }
}

const createRepository: Handler<CreateRepositoryInput, CreateRepositoryOutput> = async (
  input,
  ctx,
) => {
  const repositoryName = input.repositoryName ?? '';
  checkRepositoryName(repositoryName);
  checkTags(input.tags ?? {});
  const repository = await ctx.repositories.create({
    repositoryName,
    repositoryDescription: input.repositoryDescription,
    kmsKeyId: input.kmsKeyId,
    tags: input.tags,
  });
  return { repositoryMetadata: repositoryMetadata(repository, ctx) };
};

const getRepository: Handler<GetRepositoryInput, GetRepositoryOutput> = (
  { repositoryName = '' },
  ctx,
) => ({
  repositoryMetadata: repositoryMetadata(ctx.repositories.require(repositoryName), ctx),
});

const batchGetRepositories: Handler<BatchGetRepositoriesInput, BatchGetRepositoriesOutput> = (
  { repositoryNames = [] },
  ctx,
) => {
  if (repositoryNames.length === 0) failInAwsWords('RepositoryNamesRequiredException');
  if (repositoryNames.length > maxBatchNames) {
    fail(
      'MaximumRepositoryNamesExceededException',
      `At most ${maxBatchNames} repository names can be given, not ${repositoryNames.length}.`,
    );
  }
  const repositories: RepositoryMetadata[] = [];
  const repositoriesNotFound: string[] = [];
  for (const name of new Set(repositoryNames)) {
    const repository = ctx.repositories.find(name);
    if (repository) repositories.push(repositoryMetadata(repository, ctx));
    else repositoriesNotFound.push(name);
  }
  return { repositories, repositoriesNotFound, errors: [] };
};

const listRepositories: Handler<ListRepositoriesInput, ListRepositoriesOutput> = (
  { sortBy = 'repositoryName', order = 'ascending', nextToken },
  ctx,
) => {
  const direction = order === 'descending' ? -1 : 1;
  const sorted = ctx.repositories.list().sort((a, b) => {
    const byDate =
      sortBy === 'lastModifiedDate'
        ? a.lastModifiedDate.getTime() - b.lastModifiedDate.getTime()
        : 0;
    return direction * (byDate || compare(a.repositoryName, b.repositoryName));
  });
  const page = pageOf(sorted, { nextToken, pageSize: listPageSize, query: `${sortBy}/${order}` });
  return {
    repositories: page.items.map(({ repositoryName, repositoryId }) => ({
      repositoryName,
      repositoryId,
    })),
    nextToken: page.nextToken,
  };
};

const deleteRepository: Handler<DeleteRepositoryInput, DeleteRepositoryOutput> = async (
  { repositoryName = '' },
  ctx,
) => {
  const deleted = await ctx.repositories.delete(repositoryName);
  return { repositoryId: deleted?.repositoryId };
};

const updateRepositoryName: Handler<UpdateRepositoryNameInput, Record<string, never>> = (
  { oldName = '', newName = '' },
  ctx,
) => {
  checkRepositoryName(newName);
  ctx.repositories.update(oldName, { repositoryName: newName });
  return {};
};

const updateRepositoryDescription: Handler<
  UpdateRepositoryDescriptionInput,
  Record<string, never>
> = ({ repositoryName = '', repositoryDescription }, ctx) => {
  ctx.repositories.update(repositoryName, { repositoryDescription: repositoryDescription ?? null });
  return {};
};

const updateRepositoryEncryptionKey: Handler<
  UpdateRepositoryEncryptionKeyInput,
  UpdateRepositoryEncryptionKeyOutput
> = ({ repositoryName = '', kmsKeyId = '' }, ctx) => {
  const original = ctx.repositories.require(repositoryName);
  const updated = ctx.repositories.update(repositoryName, { kmsKeyId });
  return {
    repositoryId: updated.repositoryId,
    kmsKeyId: updated.kmsKeyId,
    originalKmsKeyId: original.kmsKeyId,
  };
};

const updateDefaultBranch: Handler<UpdateDefaultBranchInput, Record<string, never>> = async (
  { repositoryName = '', defaultBranchName = '' },
  ctx,
) => {
  const repository = ctx.repositories.require(repositoryName);
  if (!(await branchExists(repository.gitDir, defaultBranchName)))
    fail(
      'BranchDoesNotExistException',
      `Branch ${defaultBranchName} does not exist in ${repositoryName}.`,
    );
  ctx.repositories.update(repositoryName, { defaultBranch: defaultBranchName });
  return {};
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const repositoryOperations: OperationTable = {
  CreateRepository: createRepository,
  GetRepository: getRepository,
  BatchGetRepositories: batchGetRepositories,
  ListRepositories: listRepositories,
  DeleteRepository: deleteRepository,
  UpdateRepositoryName: updateRepositoryName,
  UpdateRepositoryDescription: updateRepositoryDescription,
  UpdateRepositoryEncryptionKey: updateRepositoryEncryptionKey,
  UpdateDefaultBranch: updateDefaultBranch,
};
