import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetFileCommand, GetRepositoryCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { fsckFailures, hashObject, repositoryWithFile } from './git-support.ts';
import { aws, run } from './run.ts';

let emulator: TestEmulator;
let workDir: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'git-interop-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(workDir, { recursive: true, force: true });
});

const git = async (args: string[], cwd = workDir) => {
  const result = await run('git', args, { cwd, env: emulator.awsEnv('developer') });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

describe('commits made through the API and through git', () => {
  it('are the same commits on both sides', async () => {
    const client = emulator.client('developer');
    const tip = await repositoryWithFile(client, 'interop', 'README.md', '# From the API\n');
    const api = await client.send(
      new PutFileCommand({
        repositoryName: 'interop',
        branchName: 'main',
        parentCommitId: tip,
        filePath: 'src/api.txt',
        fileContent: Buffer.from('api\n'),
      }),
    );
    const cloneUrl =
      (await client.send(new GetRepositoryCommand({ repositoryName: 'interop' })))
        .repositoryMetadata?.cloneUrlHttp ?? '';
    const checkout = path.join(workDir, 'interop');
    await git(['clone', '--quiet', cloneUrl, checkout]);
    expect((await git(['rev-parse', 'HEAD'], checkout)).trim()).toBe(api.commitId);
    expect(await readFile(path.join(checkout, 'src/api.txt'), 'utf8')).toBe('api\n');
    expect((await git(['log', '--format=%s', '-1', tip], checkout)).trim()).toBe('First');

    await writeFile(path.join(checkout, 'pushed.txt'), 'from git\n');
    await git(['add', 'pushed.txt'], checkout);
    await git(['commit', '--quiet', '-m', 'Pushed with git'], checkout);
    await git(['push', '--quiet', 'origin', 'main'], checkout);
    const pushed = (await git(['rev-parse', 'HEAD'], checkout)).trim();
    const file = await client.send(
      new GetFileCommand({ repositoryName: 'interop', filePath: 'pushed.txt' }),
    );
    expect(file.commitId).toBe(pushed);
    expect(Buffer.from(file.fileContent ?? []).toString()).toBe('from git\n');

    const stale = client.send(
      new PutFileCommand({
        repositoryName: 'interop',
        branchName: 'main',
        parentCommitId: api.commitId,
        filePath: 'late.txt',
        fileContent: Buffer.from('late\n'),
      }),
    );
    await expect(stale).rejects.toMatchObject({ name: 'ParentCommitIdOutdatedException' });
  });

  it('work from the AWS CLI as well', async () => {
    const env = emulator.awsEnv('developer');
    const tip = await repositoryWithFile(emulator.client('developer'), 'cli', 'README.md', 'cli\n');
    const put = await aws<{ commitId: string; blobId: string }>(
      [
        'codecommit',
        'put-file',
        '--repository-name',
        'cli',
        '--branch-name',
        'main',
        '--parent-commit-id',
        tip,
        '--file-path',
        'notes/cli.txt',
        '--file-content',
        'from the CLI\n',
      ],
      env,
    );
    expect(put.blobId).toBe(hashObject('from the CLI\n'));
    const file = await aws<{ fileContent: string; commitId: string }>(
      ['codecommit', 'get-file', '--repository-name', 'cli', '--file-path', 'notes/cli.txt'],
      env,
    );
    expect(file.commitId).toBe(put.commitId);
    expect(Buffer.from(file.fileContent, 'base64').toString()).toBe('from the CLI\n');
    const differences = await aws<{
      differences: { changeType: string; afterBlob: { path: string } }[];
    }>(
      [
        'codecommit',
        'get-differences',
        '--repository-name',
        'cli',
        '--before-commit-specifier',
        tip,
        '--after-commit-specifier',
        'main',
      ],
      env,
    );
    expect(differences.differences).toEqual([
      expect.objectContaining({
        changeType: 'A',
        afterBlob: expect.objectContaining({ path: 'notes/cli.txt' }),
      }),
    ]);
    const branches = await aws<{ branches: string[] }>(
      ['codecommit', 'list-branches', '--repository-name', 'cli'],
      env,
    );
    expect(branches.branches).toEqual(['main']);
  });

  it('leave repositories that pass git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
