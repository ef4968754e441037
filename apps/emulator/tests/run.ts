import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command without blocking the event loop (the emulator under test shares it); never throws on exit codes. */
export async function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      ...options,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number | string };
    if (typeof failed.code !== 'number') throw error;
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: failed.code };
  }
}

/** Runs the AWS CLI and parses its JSON output; throws with stderr when it fails. */
export async function aws<T = unknown>(args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  const result = await run('aws', [...args, '--output', 'json'], { env });
  if (result.code !== 0)
    throw new Error(`aws ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return (result.stdout.trim() ? JSON.parse(result.stdout) : {}) as T;
}
