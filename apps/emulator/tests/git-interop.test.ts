import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetFileCommand, GetRepositoryCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { fsckFailures, repositoryWithFile } from './git-support.ts';
import { run } from './run.ts';

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
      new PutFileCommand({ repositoryName: 'interop', branchName: 'main', parentCommitId: tip, filePath: 'src/api.txt', fileContent: Buffer.from('api\n') }),
    );
    const cloneUrl = (await client.send(new GetRepositoryCommand({ repositoryName: 'interop' }))).repositoryMetadata?.cloneUrlHttp ?? '';
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
    const file = await client.send(new GetFileCommand({ repositoryName: 'interop', filePath: 'pushed.txt' }));
    expect(file.commitId).toBe(pushed);
    expect(Buffer.from(file.fileContent ?? []).toString()).toBe('from git\n');

    const stale = client.send(
      new PutFileCommand({ repositoryName: 'interop', branchName: 'main', parentCommitId: api.commitId, filePath: 'late.txt', fileContent: Buffer.from('late\n') }),
    );
    await expect(stale).rejects.toMatchObject({ name: 'ParentCommitIdOutdatedException' });
  });

  it('leave repositories that pass git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
