import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Environment for git child processes: nothing from the caller's git setup leaks in. */
export const gitEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  };
  for (const name of Object.keys(env)) {
    if (name.startsWith('GIT_') && !['GIT_CONFIG_NOSYSTEM', 'GIT_TERMINAL_PROMPT'].includes(name))
      delete env[name];
  }
  return env;
};

/** A new empty bare repository, as CodeCommit makes one: no branches until the first push or commit. */
export async function initBareRepository(gitDir: string): Promise<void> {
  await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', gitDir], {
    env: gitEnv(),
  });
}

export async function branchExists(gitDir: string, branchName: string): Promise<boolean> {
  try {
    await run(
      'git',
      [
        '--git-dir',
        gitDir,
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/heads/${branchName}^{commit}`,
      ],
      { env: gitEnv() },
    );
    return true;
  } catch {
    return false;
  }
}

export async function removeBareRepository(gitDir: string): Promise<void> {
  await rm(gitDir, { recursive: true, force: true });
}
