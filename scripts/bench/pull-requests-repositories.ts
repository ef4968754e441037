import { CreatePullRequestCommand, type CodeCommitClient } from '@aws-sdk/client-codecommit';
import { join } from 'node:path';
import { fastImport, numbered } from './fast-import.ts';
import { createAndPush } from './console-push.ts';
import { inBatches } from './console-sdk.ts';

type User = { accessKeyId: string; secretAccessKey: string };

/** A pull request as the benchmark reads it back. */
export interface BenchPullRequest {
  repositoryName: string;
  pullRequestId: string;
  sourceCommit: string;
  mergeBase: string;
}

async function openPullRequest(
  client: CodeCommitClient,
  repositoryName: string,
  title: string,
): Promise<BenchPullRequest> {
  const { pullRequest } = await client.send(
    new CreatePullRequestCommand({
      title,
      targets: [{ repositoryName, sourceReference: 'feature', destinationReference: 'main' }],
    }),
  );
  const target = pullRequest?.pullRequestTargets?.[0];
  return {
    repositoryName,
    pullRequestId: pullRequest?.pullRequestId ?? '',
    sourceCommit: target?.sourceCommit ?? '',
    mergeBase: target?.mergeBase ?? target?.destinationCommit ?? '',
  };
}

/** A repository with `count` open pull requests from `feature` into `main`, opened `inFlight` at a time. */
export async function pushManyPullRequests(options: {
  work: string;
  client: CodeCommitClient;
  user: User;
  repositoryName: string;
  count: number;
}): Promise<void> {
  const { work, client, user, repositoryName, count } = options;
  const gitDir = join(work, `${repositoryName}.git`);
  await fastImport({
    gitDir,
    commits: [
      { branch: 'main', message: 'Start', files: [['README.md', '# bench\n']] },
      { branch: 'feature', from: 1, message: 'Add a note', files: [['note.md', 'note\n']] },
    ],
  });
  await createAndPush({ client, user, repositoryName, gitDir, branches: ['main', 'feature'] });
  await inBatches(
    numbered(count, (index) => `Pull request ${index}`),
    8,
    (title) => openPullRequest(client, repositoryName, title),
  );
}

/** A repository whose `feature` branch changes `changedFiles` files, and its pull request. */
export async function pushLargePullRequest(options: {
  work: string;
  client: CodeCommitClient;
  user: User;
  repositoryName: string;
  changedFiles: number;
}): Promise<BenchPullRequest> {
  const { work, client, user, repositoryName, changedFiles } = options;
  const gitDir = join(work, `${repositoryName}.git`);
  const paths = numbered(changedFiles, (index) => `src/area-${index.slice(0, 3)}/file-${index}.ts`);
  const content = (path: string, value: string) =>
    `// ${path}\n${'export const line = 1;\n'.repeat(10)}export const value = ${value};\n`;
  await fastImport({
    gitDir,
    commits: [
      {
        branch: 'main',
        message: `Add ${changedFiles} files`,
        files: paths.map((path): [string, string] => [path, content(path, '1')]),
      },
      {
        branch: 'feature',
        from: 1,
        message: `Change ${changedFiles} files`,
        files: paths.map((path): [string, string] => [path, content(path, '2')]),
      },
    ],
  });
  await createAndPush({ client, user, repositoryName, gitDir, branches: ['main', 'feature'] });
  return openPullRequest(client, repositoryName, `Change ${changedFiles} files`);
}
