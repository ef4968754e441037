import {
  BatchGetRepositoriesCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  GetRepositoryCommand,
  ListRepositoriesCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDefaultBranchCommand,
  UpdateRepositoryDescriptionCommand,
  UpdateRepositoryNameCommand,
  type RepositoryMetadata,
} from '@aws-sdk/client-codecommit';
import { MAX_BATCH_GET_REPOSITORIES } from '@cc/shared/limits';
import type {
  CreateRepositoryInput,
  Repository,
  UpdateRepositoryInput,
} from '@cc/shared/repositories';
import { chunk, type CodeCommit } from './gateway.ts';

function toRepository(metadata: RepositoryMetadata | undefined): Repository {
  const { lastModifiedDate, creationDate, ...rest } = metadata ?? {};
  return {
    ...rest,
    lastModifiedDate: lastModifiedDate?.toISOString(),
    creationDate: creationDate?.toISOString(),
  };
}

/**
 * Every repository with its metadata: ListRepositories page by page, then BatchGetRepositories
 * in parallel; reused for a few seconds (see `CodeCommit.recent`).
 */
export async function listRepositories(codeCommit: CodeCommit): Promise<Repository[]> {
  return codeCommit.recent('repositories', () => loadRepositories(codeCommit));
}

async function loadRepositories(codeCommit: CodeCommit): Promise<Repository[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(
        new ListRepositoriesCommand({ sortBy: 'repositoryName', order: 'ascending', nextToken }),
      ),
    );
    for (const repository of page.repositories ?? []) {
      if (repository.repositoryName) names.push(repository.repositoryName);
    }
    nextToken = page.nextToken;
  } while (nextToken);
  const batches = await Promise.all(
    chunk(names, MAX_BATCH_GET_REPOSITORIES).map((repositoryNames) =>
      codeCommit.call((client) =>
        client.send(new BatchGetRepositoriesCommand({ repositoryNames })),
      ),
    ),
  );
  const byName = new Map(
    batches.flatMap((batch) => batch.repositories ?? []).map((r) => [r.repositoryName, r]),
  );
  return names.flatMap((name) => {
    const metadata = byName.get(name);
    return metadata ? [toRepository(metadata)] : [];
  });
}

/** One repository's metadata, reused for a few seconds like the list (see `CodeCommit.recent`). */
/** Where the clone URL of a repository is kept: it lasts as long as the name. */
export const cloneUrlKey = (repositoryName: string) => `clone-url\u0000${repositoryName}`;

export async function getRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Repository> {
  return codeCommit.recent(`repository\u0000${repositoryName}`, async () => {
    const output = await codeCommit.call((client) =>
      client.send(new GetRepositoryCommand({ repositoryName })),
    );
    const repository = toRepository(output.repositoryMetadata);
    // Git's info/refs needs the clone URL: kept, so listing the refs asks GetRepository no more.
    if (repository.cloneUrlHttp)
      codeCommit.cache.set(cloneUrlKey(repositoryName), repository.cloneUrlHttp);
    return repository;
  });
}

export async function createRepository(
  codeCommit: CodeCommit,
  input: CreateRepositoryInput,
): Promise<Repository> {
  const output = await codeCommit.call((client) => client.send(new CreateRepositoryCommand(input)));
  await codeCommit.changed();
  return toRepository(output.repositoryMetadata);
}

/** Applies each change given; the rename goes last so the others address the old name. */
export async function updateRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
  update: UpdateRepositoryInput,
): Promise<Repository> {
  try {
    await applyUpdate(codeCommit, repositoryName, update);
  } finally {
    // Even a partly applied update changed what the list shows.
    await codeCommit.changed();
  }
  return getRepository(codeCommit, update.newName ?? repositoryName);
}

async function applyUpdate(
  codeCommit: CodeCommit,
  repositoryName: string,
  update: UpdateRepositoryInput,
): Promise<void> {
  if (update.repositoryDescription !== undefined) {
    const repositoryDescription = update.repositoryDescription;
    await codeCommit.call((client) =>
      client.send(
        new UpdateRepositoryDescriptionCommand({ repositoryName, repositoryDescription }),
      ),
    );
  }
  if (update.defaultBranchName !== undefined) {
    const defaultBranchName = update.defaultBranchName;
    await codeCommit.call((client) =>
      client.send(new UpdateDefaultBranchCommand({ repositoryName, defaultBranchName })),
    );
  }
  if (update.newName !== undefined && update.newName !== repositoryName) {
    const newName = update.newName;
    await codeCommit.call((client) =>
      client.send(new UpdateRepositoryNameCommand({ oldName: repositoryName, newName })),
    );
  }
}

export async function deleteRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<{ repositoryId?: string }> {
  const output = await codeCommit.call((client) =>
    client.send(new DeleteRepositoryCommand({ repositoryName })),
  );
  // DeleteRepository answers without an id when nothing was deleted (the permission probe's
  // case): only a real deletion makes the cached repository lists stale.
  if (output.repositoryId) await codeCommit.changed();
  return { repositoryId: output.repositoryId };
}

async function repositoryArn(codeCommit: CodeCommit, repositoryName: string): Promise<string> {
  const repository = await getRepository(codeCommit, repositoryName);
  return repository.Arn ?? '';
}

export async function listRepositoryTags(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Record<string, string>> {
  const resourceArn = await repositoryArn(codeCommit, repositoryName);
  const tags: Record<string, string> = {};
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new ListTagsForResourceCommand({ resourceArn, nextToken })),
    );
    Object.assign(tags, page.tags);
    nextToken = page.nextToken;
  } while (nextToken);
  return tags;
}

export async function tagRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
  tags: Record<string, string>,
): Promise<void> {
  const resourceArn = await repositoryArn(codeCommit, repositoryName);
  await codeCommit.call((client) => client.send(new TagResourceCommand({ resourceArn, tags })));
}

export async function untagRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
  tagKeys: string[],
): Promise<void> {
  const resourceArn = await repositoryArn(codeCommit, repositoryName);
  await codeCommit.call((client) =>
    client.send(new UntagResourceCommand({ resourceArn, tagKeys })),
  );
}
