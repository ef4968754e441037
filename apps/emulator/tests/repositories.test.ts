import { randomUUID } from 'node:crypto';
import {
  BatchGetRepositoriesCommand,
  CreateBranchCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  GetRepositoryCommand,
  InvalidRepositoryNameException,
  ListRepositoriesCommand,
  type ListRepositoriesCommandInput,
  RepositoryDoesNotExistException,
  RepositoryNameExistsException,
  RepositoryNameRequiredException,
  PutFileCommand,
  UpdateDefaultBranchCommand,
  UpdateRepositoryDescriptionCommand,
  UpdateRepositoryEncryptionKeyCommand,
  UpdateRepositoryNameCommand,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/database.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { aws } from './run.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('CreateRepository / GetRepository', () => {
  it('creates an empty repository and describes it as CodeCommit does', async () => {
    const created = await emulator.client().send(
      new CreateRepositoryCommand({
        repositoryName: 'alpha',
        repositoryDescription: 'First one',
      }),
    );
    const metadata = created.repositoryMetadata;
    expect(metadata).toMatchObject({
      accountId: '123456789012',
      repositoryName: 'alpha',
      repositoryDescription: 'First one',
      cloneUrlHttp: `${emulator.url}/v1/repos/alpha`,
      cloneUrlSsh: 'ssh://git-codecommit.us-east-1.amazonaws.com/v1/repos/alpha',
      Arn: 'arn:aws:codecommit:us-east-1:123456789012:alpha',
    });
    expect(metadata?.defaultBranch).toBeUndefined();
    expect(metadata?.creationDate).toBeInstanceOf(Date);

    const got = await emulator
      .client('reader')
      .send(new GetRepositoryCommand({ repositoryName: 'alpha' }));
    expect(got.repositoryMetadata).toEqual(metadata);
  });

  it('refuses a taken name, a missing name and names outside the model', async () => {
    const client = emulator.client();
    await expect(
      client.send(new CreateRepositoryCommand({ repositoryName: 'alpha' })),
    ).rejects.toBeInstanceOf(RepositoryNameExistsException);
    await expect(
      client.send(new CreateRepositoryCommand({ repositoryName: '' })),
    ).rejects.toBeInstanceOf(RepositoryNameRequiredException);
    // CodeCommit's own words for a bad name, as recorded in moto's CodeCommit tests.
    const invalidName =
      'The repository name is not valid. Repository names can be any valid combination of letters, numbers, periods, underscores, and dashes between 1 and 100 characters in length. Names are case sensitive. For more information, see Limits in the AWS CodeCommit User Guide. ';
    for (const repositoryName of ['has space', 'x'.repeat(101), 'ends.git', 'sl/ash']) {
      const refused = client.send(new CreateRepositoryCommand({ repositoryName }));
      await expect(refused).rejects.toBeInstanceOf(InvalidRepositoryNameException);
      await expect(refused).rejects.toMatchObject({ message: invalidName });
    }
    await expect(
      client.send(new CreateRepositoryCommand({ repositoryName: '' })),
    ).rejects.toMatchObject({ message: 'A repository name is required, but was not specified.' });
    await expect(
      client.send(
        new CreateRepositoryCommand({
          repositoryName: 'long-description',
          repositoryDescription: 'd'.repeat(1001),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidRepositoryDescriptionException',
    });
  });

  it('answers RepositoryDoesNotExistException for an unknown repository', async () => {
    await expect(
      emulator.client().send(new GetRepositoryCommand({ repositoryName: 'missing' })),
    ).rejects.toBeInstanceOf(RepositoryDoesNotExistException);
  });
});

describe('BatchGetRepositories', () => {
  it('returns the found repositories and names the missing ones', async () => {
    const result = await emulator
      .client()
      .send(new BatchGetRepositoriesCommand({ repositoryNames: ['alpha', 'nowhere'] }));
    expect(result.repositories?.map((repository) => repository.repositoryName)).toEqual(['alpha']);
    expect(result.repositoriesNotFound).toEqual(['nowhere']);
  });

  it('takes at most 100 names', async () => {
    const repositoryNames = Array.from({ length: 101 }, (_, index) => `r${index}`);
    await expect(
      emulator.client().send(new BatchGetRepositoriesCommand({ repositoryNames })),
    ).rejects.toMatchObject({ name: 'MaximumRepositoryNamesExceededException' });
  });
});

describe('ListRepositories', () => {
  it('sorts by name or by last modification, in either order', async () => {
    const client = emulator.client();
    for (const repositoryName of ['list-c', 'list-a', 'list-b'])
      await client.send(new CreateRepositoryCommand({ repositoryName }));
    const names = async (input: ListRepositoriesCommandInput) =>
      ((await client.send(new ListRepositoriesCommand(input))).repositories ?? [])
        .map((repository) => repository.repositoryName)
        .filter((name) => name?.startsWith('list-'));
    expect(await names({})).toEqual(['list-a', 'list-b', 'list-c']);
    expect(await names({ order: 'descending' })).toEqual(['list-c', 'list-b', 'list-a']);
    expect(await names({ sortBy: 'lastModifiedDate' })).toEqual(['list-c', 'list-a', 'list-b']);
    await expect(
      client.send(new ListRepositoriesCommand({ sortBy: 'size' as never })),
    ).rejects.toMatchObject({ name: 'InvalidSortByException' });
    await expect(
      client.send(new ListRepositoriesCommand({ nextToken: 'not-a-token' })),
    ).rejects.toMatchObject({ name: 'InvalidContinuationTokenException' });
  });

  it('pages 1,000 repositories at a time behind an opaque token', async () => {
    const client = emulator.client();
    const existing = (await client.send(new ListRepositoriesCommand({}))).repositories?.length ?? 0;
    const names = Array.from(
      { length: 1001 - existing },
      (_, index) => `page-${String(index).padStart(4, '0')}`,
    );
    // A few through the API; the rest straight into the emulator's database, since listing
    // reads only that table and a thousand `git init`s would cost a minute on a busy machine.
    const [viaApi, viaStore] = [names.slice(0, 3), names.slice(3)];
    await Promise.all(
      viaApi.map((repositoryName) => client.send(new CreateRepositoryCommand({ repositoryName }))),
    );
    insertRepositoryRows(emulator.dataDir, viaStore);
    const first = await client.send(new ListRepositoriesCommand({ order: 'descending' }));
    expect(first.repositories).toHaveLength(1000);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await client.send(
      new ListRepositoriesCommand({ order: 'descending', nextToken: first.nextToken }),
    );
    expect(second.repositories).toHaveLength(1);
    expect(second.nextToken).toBeUndefined();
    const all = [...(first.repositories ?? []), ...(second.repositories ?? [])].map(
      (repository) => repository.repositoryName ?? '',
    );
    expect(all).toEqual([...all].sort().reverse());
    await expect(
      client.send(new ListRepositoriesCommand({ order: 'ascending', nextToken: first.nextToken })),
    ).rejects.toMatchObject({
      name: 'InvalidContinuationTokenException',
    });
    const cli = await aws<{ repositories: unknown[] }>(
      ['codecommit', 'list-repositories'],
      emulator.awsEnv('reader'),
    );
    expect(cli.repositories).toHaveLength(1001);
  });

  it('works from the AWS CLI with only the profile files', async () => {
    const listed = await aws<{ repositories: Array<{ repositoryName: string }> }>(
      ['codecommit', 'list-repositories'],
      emulator.awsEnv('reader'),
    );
    expect(listed.repositories.map((repository) => repository.repositoryName)).toContain('alpha');
  });
});

describe('updates and deletion', () => {
  it('renames, describes and re-keys a repository', async () => {
    const client = emulator.client('developer');
    await client.send(new CreateRepositoryCommand({ repositoryName: 'before' }));
    await client.send(new UpdateRepositoryNameCommand({ oldName: 'before', newName: 'after' }));
    await expect(
      client.send(new GetRepositoryCommand({ repositoryName: 'before' })),
    ).rejects.toBeInstanceOf(RepositoryDoesNotExistException);
    await expect(
      client.send(new UpdateRepositoryNameCommand({ oldName: 'after', newName: 'alpha' })),
    ).rejects.toBeInstanceOf(RepositoryNameExistsException);

    await client.send(
      new UpdateRepositoryDescriptionCommand({
        repositoryName: 'after',
        repositoryDescription: 'Renamed',
      }),
    );
    const key = await client.send(
      new UpdateRepositoryEncryptionKeyCommand({
        repositoryName: 'after',
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
      }),
    );
    expect(key.originalKmsKeyId).toBe('alias/aws/codecommit');
    await expect(
      client.send(
        new UpdateRepositoryEncryptionKeyCommand({ repositoryName: 'after', kmsKeyId: 'bad key!' }),
      ),
    ).rejects.toMatchObject({ name: 'EncryptionKeyInvalidIdException' });

    const { repositoryMetadata } = await client.send(
      new GetRepositoryCommand({ repositoryName: 'after' }),
    );
    expect(repositoryMetadata).toMatchObject({
      repositoryDescription: 'Renamed',
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
      cloneUrlHttp: `${emulator.url}/v1/repos/after`,
    });
  });

  it('makes the first branch the default, and moves the default only to a branch that exists', async () => {
    const client = emulator.client('developer');
    await client.send(new CreateRepositoryCommand({ repositoryName: 'branched' }));
    const { commitId } = await client.send(
      new PutFileCommand({
        repositoryName: 'branched',
        branchName: 'trunk',
        filePath: 'a.txt',
        fileContent: Buffer.from('a'),
      }),
    );
    const defaultBranch = async () =>
      (await client.send(new GetRepositoryCommand({ repositoryName: 'branched' })))
        .repositoryMetadata?.defaultBranch;
    expect(await defaultBranch()).toBe('trunk');
    await client.send(
      new CreateBranchCommand({ repositoryName: 'branched', branchName: 'release', commitId }),
    );
    await expect(
      client.send(
        new UpdateDefaultBranchCommand({
          repositoryName: 'branched',
          defaultBranchName: 'missing',
        }),
      ),
    ).rejects.toMatchObject({ name: 'BranchDoesNotExistException' });
    await client.send(
      new UpdateDefaultBranchCommand({ repositoryName: 'branched', defaultBranchName: 'release' }),
    );
    expect(await defaultBranch()).toBe('release');
  });

  it('deletes a repository, and answers nothing for one that is gone', async () => {
    const client = emulator.client();
    const { repositoryMetadata } = await client.send(
      new CreateRepositoryCommand({ repositoryName: 'doomed' }),
    );
    expect(
      (await client.send(new DeleteRepositoryCommand({ repositoryName: 'doomed' }))).repositoryId,
    ).toBe(repositoryMetadata?.repositoryId);
    expect(
      (await client.send(new DeleteRepositoryCommand({ repositoryName: 'doomed' }))).repositoryId,
    ).toBeUndefined();
    await expect(
      client.send(new GetRepositoryCommand({ repositoryName: 'doomed' })),
    ).rejects.toBeInstanceOf(RepositoryDoesNotExistException);
  });
});

/** Repository rows as CreateRepository writes them, without their (unread) git folders. */
function insertRepositoryRows(dataDir: string, repositoryNames: string[]): void {
  const db = openDatabase(dataDir);
  try {
    const insert = db.prepare(
      "INSERT INTO repositories (repository_id, repository_name, creation_date, last_modified_date, kms_key_id, region) VALUES (?, ?, ?, ?, 'alias/aws/codecommit', 'us-east-1')",
    );
    const now = Date.now();
    db.transaction(() => {
      for (const name of repositoryNames) insert.run(randomUUID(), name, now, now);
    })();
  } finally {
    db.close();
  }
}
