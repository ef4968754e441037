import {
  CodeCommitClient,
  GetFileCommand,
  ListBranchesCommand,
  ListPullRequestsCommand,
  ListRepositoriesCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startConsole } from './console.ts';
import { demoRepositoryName } from './demo/seed.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'console-start-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const readerClient = (running: Awaited<ReturnType<typeof startConsole>>) => {
  const reader = running.emulator.users.find((user) => user.userName === 'reader')!;
  return new CodeCommitClient({
    endpoint: running.url,
    region: 'us-east-1',
    credentials: { accessKeyId: reader.accessKeyId, secretAccessKey: reader.secretAccessKey },
  });
};

test('first start seeds the demo repository; a second start reuses the data', async () => {
  const first = await startConsole({ dataDir, port: 0, seed: true });
  try {
    const client = readerClient(first);
    const { branches } = await client.send(
      new ListBranchesCommand({ repositoryName: demoRepositoryName }),
    );
    expect(branches?.sort()).toEqual(['feature/greet-in-french', 'main']);
    const { fileContent } = await client.send(
      new GetFileCommand({ repositoryName: demoRepositoryName, filePath: 'README.md' }),
    );
    expect(Buffer.from(fileContent!).toString()).toContain('# demo-app');
    const { pullRequestIds } = await client.send(
      new ListPullRequestsCommand({ repositoryName: demoRepositoryName }),
    );
    expect(pullRequestIds).toHaveLength(1);
  } finally {
    await first.close();
  }

  const second = await startConsole({ dataDir, port: 0, seed: true });
  try {
    const { repositories } = await readerClient(second).send(new ListRepositoriesCommand({}));
    expect(repositories?.map((repository) => repository.repositoryName)).toEqual([
      demoRepositoryName,
    ]);
    const page = await fetch(`${second.url}/api/session`);
    expect(await page.json()).toMatchObject({ user: null });
  } finally {
    await second.close();
  }
});
