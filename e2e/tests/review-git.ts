import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ConsoleFixture, DemoUserName } from '../fixtures/console.ts';

const run = promisify(execFile);

export type Git = (...args: string[]) => Promise<unknown>;

/** git in `cwd` as a demo user, signed by the AWS CLI's credential helper as CodeCommit users do. */
export const gitAs =
  (consoleApp: ConsoleFixture, user: DemoUserName, cwd: string): Git =>
  (...args) =>
    run(
      'git',
      [
        '-c',
        'credential.helper=!aws codecommit credential-helper --ignore-host-check $@',
        '-c',
        'credential.UseHttpPath=true',
        ...args,
      ],
      { cwd, env: consoleApp.gitEnv(user) },
    );

/** Writes files into the work tree and commits all of it. */
export async function commitFiles(
  git: Git,
  cwd: string,
  files: Record<string, string>,
  message: string,
): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, name), text);
  await git('add', '-A');
  await git('commit', '-q', '-m', message);
}
