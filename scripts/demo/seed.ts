import {
  CodeCommitClient,
  CreateBranchCommand,
  CreatePullRequestCommand,
  CreateRepositoryCommand,
  GetBranchCommand,
  PutFileCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EmulatorUser } from '@cc/emulator';
import { authenticatedUrl } from '../lib/git-password.ts';
import { run } from '../lib/run.ts';
import { demoCommits, featureBranch } from './files.ts';

export const demoRepositoryName = 'demo-app';

/**
 * Seeds the demo repository the way a team would: the developer creates it, pushes three
 * commits with `git`, works on a feature branch through the API and opens a pull request.
 */
export async function seedDemo(options: {
  endpoint: string;
  region: string;
  developer: EmulatorUser;
}): Promise<void> {
  const { endpoint, region, developer } = options;
  const client = new CodeCommitClient({
    endpoint,
    region,
    credentials: { accessKeyId: developer.accessKeyId, secretAccessKey: developer.secretAccessKey },
  });
  const { repositoryMetadata } = await client.send(
    new CreateRepositoryCommand({
      repositoryName: demoRepositoryName,
      repositoryDescription: 'A tiny greeter service to explore the console with.',
      tags: { team: 'demo' },
    }),
  );
  const cloneUrl = repositoryMetadata?.cloneUrlHttp;
  if (!cloneUrl) throw new Error('CreateRepository returned no cloneUrlHttp');

  const work = await mkdtemp(join(tmpdir(), 'demo-app-'));
  try {
    const git = (...args: string[]) =>
      run('git', args, {
        cwd: work,
        env: {
          GIT_AUTHOR_NAME: 'Dana Developer',
          GIT_AUTHOR_EMAIL: 'developer@example.com',
          GIT_COMMITTER_NAME: 'Dana Developer',
          GIT_COMMITTER_EMAIL: 'developer@example.com',
        },
      });
    await git('init', '-q', '-b', 'main');
    for (const commit of demoCommits) {
      for (const [path, content] of Object.entries(commit.files)) {
        await mkdir(dirname(join(work, path)), { recursive: true });
        await writeFile(join(work, path), content);
      }
      await git('add', '-A');
      await git('commit', '-q', '-m', commit.message);
    }
    const pushUrl = authenticatedUrl({ url: cloneUrl, region, ...developer });
    await git('push', '-q', pushUrl, 'main');
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const { branch } = await client.send(
    new GetBranchCommand({ repositoryName: demoRepositoryName, branchName: 'main' }),
  );
  const mainTip = branch?.commitId;
  if (!mainTip) throw new Error('the pushed main branch is not visible through GetBranch');
  await client.send(
    new CreateBranchCommand({
      repositoryName: demoRepositoryName,
      branchName: featureBranch.branchName,
      commitId: mainTip,
    }),
  );
  await client.send(
    new PutFileCommand({
      repositoryName: demoRepositoryName,
      branchName: featureBranch.branchName,
      filePath: featureBranch.filePath,
      fileContent: Buffer.from(featureBranch.fileContent),
      parentCommitId: mainTip,
      commitMessage: featureBranch.commitMessage,
      name: 'Dana Developer',
      email: 'developer@example.com',
    }),
  );
  await client.send(
    new CreatePullRequestCommand({
      title: featureBranch.pullRequestTitle,
      description: featureBranch.pullRequestDescription,
      targets: [
        {
          repositoryName: demoRepositoryName,
          sourceReference: featureBranch.branchName,
          destinationReference: 'main',
        },
      ],
    }),
  );
}
