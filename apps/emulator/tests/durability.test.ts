import {
  CodeCommitClient,
  CreateRepositoryCommand,
  GetBranchCommand,
  ListRepositoriesCommand,
} from '@aws-sdk/client-codecommit';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorConfig } from '../src/auth/users.ts';
import { awsEnvironment } from './harness.ts';
import { run } from './run.ts';

const emulatorRoot = fileURLToPath(new URL('..', import.meta.url));
let dataDir: string;
let work: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-durability-'));
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-durability-work-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  client: CodeCommitClient;
  env: NodeJS.ProcessEnv;
}

/** Starts `main.ts` in its own process (node itself, so a kill -9 reaches the server). */
async function startProcess(): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: emulatorRoot },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`main.ts exited with ${code}: ${output}`)));
  });
  const config = JSON.parse(
    await readFile(path.join(dataDir, 'emulator.json'), 'utf8'),
  ) as EmulatorConfig;
  const keys = config.users.find((user) => user.userName === 'admin')?.accessKeys[0];
  if (!keys) throw new Error('No admin keys');
  const client = new CodeCommitClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: keys,
    maxAttempts: 1,
  });
  const aws = {
    configFile: path.join(dataDir, 'aws', 'config'),
    credentialsFile: path.join(dataDir, 'aws', 'credentials'),
  };
  return { child, url, client, env: awsEnvironment(aws, 'admin') };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const git = async (args: string[], env: NodeJS.ProcessEnv, cwd = work) => {
  const result = await run('git', args, { cwd, env });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
};

describe('durability', () => {
  it('keeps every acknowledged write through kill -9, with repositories that pass git fsck --strict', async () => {
    const first = await startProcess();
    const { repositoryMetadata } = await first.client.send(
      new CreateRepositoryCommand({ repositoryName: 'durable' }),
    );
    await git(['clone', '--quiet', repositoryMetadata?.cloneUrlHttp ?? '', 'durable'], first.env);
    const clone = path.join(work, 'durable');
    await writeFile(path.join(clone, 'data.txt'), 'kept\n');
    await git(['add', '.'], first.env, clone);
    await git(['commit', '--quiet', '-m', 'Kept'], first.env, clone);
    await git(['push', '--quiet', 'origin', 'HEAD:main'], first.env, clone);
    const pushed = await git(['rev-parse', 'HEAD'], first.env, clone);

    // Four writers create repositories until the process dies under them.
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (id: number) => {
      for (let index = 0; !killed; index += 1) {
        const repositoryName = `w${id}-${index}`;
        try {
          await first.client.send(new CreateRepositoryCommand({ repositoryName }));
          acknowledged.push(repositoryName);
        } catch {
          return;
        }
      }
    };
    let writing = 4;
    const writers = [0, 1, 2, 3].map((id) => writer(id).finally(() => (writing -= 1)));
    while (acknowledged.length < 24 && writing > 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(acknowledged.length).toBeGreaterThanOrEqual(24);
    first.child.kill('SIGKILL');
    killed = true;
    await exited(first.child);
    await Promise.all(writers);
    first.client.destroy();
    // As a kill during a push would leave it: git's lock on the branch.
    const gitDirOf = (repositoryId = '') =>
      path.join(dataDir, 'repositories', `${repositoryId}.git`);
    await writeFile(
      path.join(gitDirOf(repositoryMetadata?.repositoryId), 'refs', 'heads', 'main.lock'),
      '',
    );

    const second = await startProcess();
    try {
      const listed = await second.client.send(new ListRepositoriesCommand({}));
      const names = new Set(listed.repositories?.map((repository) => repository.repositoryName));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      const branch = await second.client.send(
        new GetBranchCommand({ repositoryName: 'durable', branchName: 'main' }),
      );
      expect(branch.branch?.commitId).toBe(pushed);
      await git(
        ['commit', '--quiet', '--allow-empty', '-m', 'After the restart'],
        second.env,
        clone,
      );
      await git(
        ['push', '--quiet', `${second.url}/v1/repos/durable`, 'HEAD:main'],
        second.env,
        clone,
      );
      const repositories = path.join(dataDir, 'repositories');
      for (const gitDir of await readdir(repositories)) {
        await git(
          ['--git-dir', path.join(repositories, gitDir), 'fsck', '--strict', '--no-progress'],
          second.env,
        );
      }
    } finally {
      second.client.destroy();
      second.child.kill('SIGTERM');
    }
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });
  });

  it('keeps the same keys and data across a clean restart', async () => {
    const before = await readFile(path.join(dataDir, 'emulator.json'), 'utf8');
    const again = await startProcess();
    try {
      expect(await readFile(path.join(dataDir, 'emulator.json'), 'utf8')).toBe(before);
      const listed = await run(
        'aws',
        ['codecommit', 'get-repository', '--repository-name', 'durable'],
        { env: again.env },
      );
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain(`${again.url}/v1/repos/durable`);
    } finally {
      again.client.destroy();
      again.child.kill('SIGINT');
    }
    expect(await exited(again.child)).toEqual({ code: 0, signal: null });
  });
});
