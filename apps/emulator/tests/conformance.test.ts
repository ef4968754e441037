import * as sdk from '@aws-sdk/client-codecommit';
import {
  BatchGetRepositoriesCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  GetRepositoryCommand,
  ListRepositoriesCommand,
  ListTagsForResourceCommand,
  PutFileCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDefaultBranchCommand,
  UpdateRepositoryDescriptionCommand,
  UpdateRepositoryEncryptionKeyCommand,
  UpdateRepositoryNameCommand,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../src/operations/index.ts';
import { serviceModel } from '../src/protocol/model.ts';
import { checkShape, recordConformance } from './conformance.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );

describe('conformance to the service model', () => {
  it('notices a response that strays from the model', () => {
    const problems: string[] = [];
    const stray = {
      repositoryMetadata: { repositoryName: 7, creationDate: '2024-01-01', extra: true },
    };
    checkShape(stray, 'GetRepositoryOutput', 'GetRepository', problems);
    expect(problems).toEqual([
      'GetRepository.repositoryMetadata.repositoryName: expected a string, got 7',
      'GetRepository.repositoryMetadata.creationDate: expected epoch seconds, got "2024-01-01"',
      'GetRepository.repositoryMetadata: undeclared member extra',
    ]);
  });

  it('answers repository and tag operations in the shapes the model gives, errors included', async () => {
    const client = emulator.client();
    const problems = recordConformance(client);
    const arn = 'arn:aws:codecommit:us-east-1:123456789012:conform';
    await client.send(
      new CreateRepositoryCommand({
        repositoryName: 'conform',
        repositoryDescription: 'x',
        tags: { a: '1' },
      }),
    );
    await client.send(
      new PutFileCommand({
        repositoryName: 'conform',
        branchName: 'main',
        filePath: 'a.txt',
        fileContent: Buffer.from('a'),
      }),
    );
    await client.send(new GetRepositoryCommand({ repositoryName: 'conform' }));
    await client.send(new BatchGetRepositoriesCommand({ repositoryNames: ['conform', 'absent'] }));
    await client.send(new ListRepositoriesCommand({ sortBy: 'lastModifiedDate' }));
    await client.send(new UpdateRepositoryDescriptionCommand({ repositoryName: 'conform' }));
    await client.send(
      new UpdateRepositoryEncryptionKeyCommand({
        repositoryName: 'conform',
        kmsKeyId: 'alias/other',
      }),
    );
    await client.send(
      new UpdateDefaultBranchCommand({ repositoryName: 'conform', defaultBranchName: 'main' }),
    );
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
    await client.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a'] }));
    await client.send(
      new UpdateRepositoryNameCommand({ oldName: 'conform', newName: 'conformed' }),
    );
    await client.send(new DeleteRepositoryCommand({ repositoryName: 'conformed' }));
    await client.send(new DeleteRepositoryCommand({ repositoryName: 'conformed' }));

    await settle(
      client.send(
        new UpdateDefaultBranchCommand({ repositoryName: 'absent', defaultBranchName: 'main' }),
      ),
    );
    await settle(client.send(new CreateRepositoryCommand({ repositoryName: 'x.git' })));
    await settle(client.send(new BatchGetRepositoriesCommand({ repositoryNames: [] })));
    await settle(
      client.send(new UpdateRepositoryNameCommand({ oldName: 'absent', newName: 'other' })),
    );
    await settle(
      client.send(new TagResourceCommand({ resourceArn: 'arn:aws:s3:::bucket', tags: { a: 'b' } })),
    );
    await settle(client.send(new ListRepositoriesCommand({ nextToken: 'x' })));
    expect(problems).toEqual([]);
  });

  it('answers every implemented operation called with no input with an error that operation declares', async () => {
    const client = emulator.client();
    const problems = recordConformance(client);
    const commands = sdk as unknown as Record<
      string,
      new (input: object) => sdk.GetRepositoryCommand
    >;
    const implemented = Object.keys(serviceModel.operations).filter(
      (operation) => operation in operations,
    );
    expect(implemented.length).toBeGreaterThan(20);
    for (const operation of implemented) {
      const Command = commands[`${operation}Command`];
      if (!Command) throw new Error(`The SDK has no ${operation}Command`);
      await settle(client.send(new Command({})));
    }
    expect(problems).toEqual([]);
  });
});
