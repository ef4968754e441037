import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoUser, TestConsole } from '../../testing/console.ts';
import { git } from '../../testing/git.ts';

export interface Answer {
  status: number;
  body: { error?: string; code?: string; [key: string]: unknown };
}

/** JSON requests as a demo user, answered with the status and the parsed body. */
export const caller =
  (console_: TestConsole) =>
  async (user: DemoUser, method: string, url: string, body?: unknown): Promise<Answer> => {
    const response = await console_.json(user, method, url, body);
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

/** One commit on a branch; a branch seen for the first time starts from `from` (default: where the clone stands). */
export interface SeedCommit {
  branch: string;
  from?: string;
  files: Record<string, string>;
  message: string;
}

/**
 * Creates a repository through the console and pushes commits to it with git, in order, each
 * branch pushed after its commit. Returns the clone's folder and each commit's id.
 */
export async function seedRepository(
  console_: TestConsole,
  workDir: string,
  repositoryName: string,
  commits: SeedCommit[],
): Promise<{ work: string; commitIds: string[] }> {
  const created = await console_.json('admin', 'POST', '/api/repositories', { repositoryName });
  const { repository } = (await created.json()) as { repository: { cloneUrlHttp: string } };
  const work = path.join(workDir, repositoryName);
  await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, repositoryName]);
  const branches = new Set<string>();
  const commitIds: string[] = [];
  for (const commit of commits) {
    if (branches.has(commit.branch)) await git(work, ['checkout', '--quiet', commit.branch]);
    else
      await git(work, [
        'checkout',
        '--quiet',
        '-b',
        commit.branch,
        ...(commit.from ? [commit.from] : []),
      ]);
    branches.add(commit.branch);
    for (const [file, text] of Object.entries(commit.files))
      await writeFile(path.join(work, file), text);
    await git(work, ['add', '.']);
    await git(work, ['commit', '--quiet', '-m', commit.message]);
    commitIds.push(await git(work, ['rev-parse', 'HEAD']));
    await git(work, ['push', '--quiet', 'origin', commit.branch]);
  }
  return { work, commitIds };
}

/** A pull request the developer opens from `sourceReference` into main, with its targets. */
export async function openPullRequest(
  call: ReturnType<typeof caller>,
  repositoryName: string,
  sourceReference: string,
  title: string,
) {
  const created = await call(
    'developer',
    'POST',
    `/api/repositories/${repositoryName}/pull-requests`,
    {
      title,
      sourceReference,
      destinationReference: 'main',
    },
  );
  if (created.status !== 201)
    throw new Error(`Opening ${title}: ${created.body.error ?? created.status}`);
  return created.body.pullRequest as {
    pullRequestId: string;
    revisionId: string;
    pullRequestTargets: { sourceCommit: string; destinationCommit: string }[];
  };
}
