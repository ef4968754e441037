import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestConsole } from './console.ts';

const run = promisify(execFile);

/**
 * Runs git as a demo user, authenticated the way CodeCommit users do it: the AWS CLI's
 * credential helper signs each request with the profile's keys (AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE come from the test console).
 */
export async function git(cwd: string, args: string[], profile = 'admin'): Promise<string> {
  const { stdout } = await run(
    'git',
    [
      '-c',
      'credential.helper=',
      '-c',
      'credential.helper=!aws codecommit credential-helper --ignore-host-check $@',
      '-c',
      'credential.UseHttpPath=true',
      '-c',
      'user.name=Test Author',
      '-c',
      'user.email=author@example.com',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, env: { ...process.env, AWS_PROFILE: profile, GIT_TERMINAL_PROMPT: '0' } },
  );
  return stdout.trim();
}

/**
 * Creates a repository through the console as the admin, clones it into `workDir` with git and
 * starts its `main` branch there. Returns the clone's folder.
 */
export async function cloneNewRepository(
  console_: TestConsole,
  workDir: string,
  repositoryName: string,
): Promise<string> {
  const created = await console_.json('admin', 'POST', '/api/repositories', { repositoryName });
  const { repository } = (await created.json()) as { repository: { cloneUrlHttp: string } };
  await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, repositoryName]);
  const work = path.join(workDir, repositoryName);
  await git(work, ['checkout', '--quiet', '-b', 'main']);
  return work;
}
