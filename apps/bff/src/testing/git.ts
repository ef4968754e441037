import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
