import {
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  GetRepositoryCommand,
  ListRepositoriesCommand,
  TagResourceCommand,
  UpdateRepositoryDescriptionCommand,
} from '@aws-sdk/client-codecommit';
import { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '../src/auth/policies.ts';
import { startEmulator } from '../src/index.ts';
import { awsEnvironment, startTestEmulator, type TestEmulator } from './harness.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'guarded' }));
});
afterAll(() => emulator.close());

const denial = (user: string, action: string, repositoryName: string) =>
  `User: arn:aws:iam::123456789012:user/${user} is not authorized to perform: codecommit:${action} on resource: arn:aws:codecommit:us-east-1:123456789012:${repositoryName}`;

describe('AWS managed policies', () => {
  it('lets the reader (AWSCodeCommitReadOnly) read and nothing else', async () => {
    const reader = emulator.client('reader');
    await expect(
      reader.send(new GetRepositoryCommand({ repositoryName: 'guarded' })),
    ).resolves.toHaveProperty('repositoryMetadata');
    await expect(reader.send(new ListRepositoriesCommand({}))).resolves.toHaveProperty(
      'repositories',
    );
    await expect(
      reader.send(new CreateRepositoryCommand({ repositoryName: 'mine' })),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: denial('reader', 'CreateRepository', 'mine'),
    });
    await expect(
      reader.send(
        new UpdateRepositoryDescriptionCommand({
          repositoryName: 'guarded',
          repositoryDescription: 'x',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  it('lets the developer (AWSCodeCommitPowerUser) do all but delete repositories', async () => {
    const developer = emulator.client('developer');
    await developer.send(new CreateRepositoryCommand({ repositoryName: 'dev-repo' }));
    await developer.send(
      new TagResourceCommand({
        resourceArn: 'arn:aws:codecommit:us-east-1:123456789012:dev-repo',
        tags: { team: 'core' },
      }),
    );
    await expect(
      developer.send(new DeleteRepositoryCommand({ repositoryName: 'dev-repo' })),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: denial('developer', 'DeleteRepository', 'dev-repo'),
    });
    await expect(
      emulator.client('admin').send(new DeleteRepositoryCommand({ repositoryName: 'dev-repo' })),
    ).resolves.toHaveProperty('repositoryId');
  });

  it('follows the wildcards of each policy for every kind of action', () => {
    expect(isAllowed('AWSCodeCommitReadOnly', 'codecommit:GetBlob')).toBe(true);
    expect(isAllowed('AWSCodeCommitReadOnly', 'codecommit:BatchGetCommits')).toBe(true);
    expect(isAllowed('AWSCodeCommitReadOnly', 'codecommit:GitPull')).toBe(true);
    expect(isAllowed('AWSCodeCommitReadOnly', 'codecommit:GitPush')).toBe(false);
    expect(isAllowed('AWSCodeCommitReadOnly', 'codecommit:PutFile')).toBe(false);
    expect(isAllowed('AWSCodeCommitPowerUser', 'codecommit:DeleteBranch')).toBe(true);
    expect(isAllowed('AWSCodeCommitPowerUser', 'codecommit:MergePullRequestBySquash')).toBe(true);
    expect(isAllowed('AWSCodeCommitPowerUser', 'codecommit:DeleteCommentContent')).toBe(false);
    expect(isAllowed('AWSCodeCommitFullAccess', 'codecommit:DeleteRepository')).toBe(true);
  });

  it('reports a refusal through the AWS CLI as AWS does', async () => {
    const result = await run(
      'aws',
      ['codecommit', 'create-repository', '--repository-name', 'cli-denied'],
      { env: emulator.awsEnv('reader') },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `An error occurred (AccessDeniedException) when calling the CreateRepository operation: ${denial('reader', 'CreateRepository', 'cli-denied')}`,
    );
  });
});

describe('users from emulator.json', () => {
  it('adds configured users and keys beside the demo users, with AWS profiles for each', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-emulator-users-'));
    const ci = {
      accessKeyId: 'AKIAEXAMPLECI0000001',
      secretAccessKey: 'ciSecretKey0000000000000000000000000000x',
    };
    await writeFile(
      path.join(dataDir, 'emulator.json'),
      JSON.stringify({
        users: [{ userName: 'ci', policy: 'AWSCodeCommitPowerUser', accessKeys: [ci] }],
      }),
    );
    const started = await startEmulator({ dataDir, port: 0 });
    try {
      expect(started.emulator.users.map((user) => user.userName).sort()).toEqual([
        'admin',
        'ci',
        'developer',
        'reader',
      ]);
      const client = new CodeCommitClient({
        endpoint: started.url,
        region: 'us-east-1',
        credentials: ci,
        maxAttempts: 1,
      });
      await client.send(new CreateRepositoryCommand({ repositoryName: 'from-ci' }));
      client.destroy();
      const listed = await run('aws', ['codecommit', 'list-repositories'], {
        env: awsEnvironment(started.emulator, 'ci'),
      });
      expect(listed.stdout).toContain('from-ci');
      const saved = JSON.parse(await readFile(path.join(dataDir, 'emulator.json'), 'utf8')) as {
        users: Array<{ userName: string }>;
      };
      expect(saved.users.map((user) => user.userName)).toEqual([
        'ci',
        'admin',
        'developer',
        'reader',
      ]);
    } finally {
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a users file it cannot read, and says why', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-emulator-users-'));
    try {
      await writeFile(
        path.join(dataDir, 'emulator.json'),
        JSON.stringify({ users: [{ userName: 'x', policy: 'Everything' }] }),
      );
      await expect(startEmulator({ dataDir, port: 0 })).rejects.toThrow(
        /users\[0\]\.policy must be one of AWSCodeCommitFullAccess/,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
