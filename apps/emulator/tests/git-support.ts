import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CreateRepositoryCommand,
  GetBranchCommand,
  PutFileCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';
import { run } from './run.ts';

/** The name of the exception a call fails with, or 'no error'. */
export const errorName = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'no error',
    (error: Error) => error.name,
  );

/** The id `git hash-object` gives the content. */
export const hashObject = (content: string | Buffer): string =>
  execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim();

/** Every bare repository under the data folder. */
export async function bareRepositories(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(folder, entry.name);
      if (entry.name.endsWith('.git')) found.push(full);
      else await walk(full);
    }
  };
  await walk(dataDir);
  return found;
}

/** `git fsck --strict` over every repository of the emulator: the failures, empty when all are clean. */
export async function fsckFailures(dataDir: string): Promise<string[]> {
  const failures: string[] = [];
  for (const gitDir of await bareRepositories(dataDir)) {
    const result = await run('git', ['--git-dir', gitDir, 'fsck', '--strict', '--no-dangling']);
    if (result.code !== 0) failures.push(`${gitDir}: ${result.stdout}${result.stderr}`);
  }
  return failures;
}

/** A new repository with one file on `main`; resolves the tip commit id. */
export async function repositoryWithFile(
  client: CodeCommitClient,
  repositoryName: string,
  filePath = 'README.md',
  content = '# Hello\n',
): Promise<string> {
  await client.send(new CreateRepositoryCommand({ repositoryName }));
  await client.send(
    new PutFileCommand({
      repositoryName,
      branchName: 'main',
      filePath,
      fileContent: Buffer.from(content),
      commitMessage: 'First',
    }),
  );
  const branch = await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' }));
  return branch.branch?.commitId ?? '';
}
