import { spawn } from 'node:child_process';

/** A git command that exited with a non-zero status. */
export class GitCommandError extends Error {
  readonly code = 'GitCommandError';
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed (${exitCode ?? 'signal'}): ${stderr.trim()}`);
  }
}

/**
 * Environment for every git process: no system or global configuration, so the user's
 * settings (signing, hooks paths, filters) never change what the emulator writes.
 */
export const gitEnvironment = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TZ: process.env.TZ,
  LANG: 'C',
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  ...extra,
});

/**
 * Runs one git command in a bare repository and resolves with its standard output.
 *
 * @example
 * const treeId = (await runGit({ gitDir, args: ['mktree', '-z'], input })).toString().trim();
 */
export const runGit = ({
  gitDir,
  args,
  input,
  env,
}: {
  gitDir: string;
  args: readonly string[];
  input?: Buffer | string;
  env?: NodeJS.ProcessEnv;
}): Promise<Buffer> => {
  if (!gitDir) throw new TypeError('runGit: gitDir is required');
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, ...args], {
      cwd: gitDir,
      env: gitEnvironment(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    // A command that does not read its input closes stdin early; that is not an error.
    child.stdin.on('error', () => undefined);
    child.on('close', (exitCode) => {
      if (exitCode === 0) resolve(Buffer.concat(stdout));
      else reject(new GitCommandError(args, exitCode, Buffer.concat(stderr).toString()));
    });
    child.stdin.end(input ?? '');
  });
};
