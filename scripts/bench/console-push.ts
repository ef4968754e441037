import { CreateRepositoryCommand, type CodeCommitClient } from '@aws-sdk/client-codecommit';
import { authenticatedUrl } from '../lib/git-password.ts';
import { run } from '../lib/run.ts';
import { onLoopback } from './console-bff.ts';

/** Creates the repository through the API and pushes `branches` of `gitDir` to it with `git push`. */
export async function createAndPush(options: {
  client: CodeCommitClient;
  user: { accessKeyId: string; secretAccessKey: string };
  repositoryName: string;
  gitDir: string;
  branches: string[];
}): Promise<void> {
  const { client, user, repositoryName, gitDir, branches } = options;
  const { repositoryMetadata } = await client.send(new CreateRepositoryCommand({ repositoryName }));
  const cloneUrl = repositoryMetadata?.cloneUrlHttp;
  if (!cloneUrl) throw new Error(`CreateRepository gave ${repositoryName} no cloneUrlHttp`);
  const remote = authenticatedUrl({ url: onLoopback(cloneUrl), region: 'us-east-1', ...user });
  await run('git', ['push', '-q', remote, ...branches], { cwd: gitDir });
}
