import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetRepositoryCommand, ListBranchesCommand } from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { bareRepositories, fsckFailures, repositoryWithFile } from './git-support.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let work: string;
let checkout: string;
let gitDir: string;
let tip: string;

const git = (args: string[]) =>
  run('git', args, { cwd: checkout, env: emulator.awsEnv('developer') });

/** Runs git with `input` on stdin in the checkout; throws when it fails. */
const gitWithInput = (args: string[], input: string | Buffer): Promise<string> => {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: checkout, env: emulator.awsEnv('developer') });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(stdout.trim()) : reject(new Error(`git ${args.join(' ')}: ${stderr}`)),
    );
    child.stdin.end(input);
  });
};

/** Whether the emulator's bare repository holds the object. */
const stored = async (objectId: string): Promise<boolean> =>
  (await run('git', ['--git-dir', gitDir, 'cat-file', '-e', objectId])).code === 0;

const mainTip = async (): Promise<string | undefined> =>
  (
    await run('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', 'refs/heads/main'])
  ).stdout.trim() || undefined;

/** The file size limit of this emulator: AWS's is 2 GB, lowered so a test need not write that much. */
const maxBlobBytes = 64 * 1024;

beforeAll(async () => {
  emulator = await startTestEmulator({ maxBlobBytes });
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-checked-push-'));
  const client = emulator.client('developer');
  tip = await repositoryWithFile(client, 'checked');
  const cloneUrl =
    (await client.send(new GetRepositoryCommand({ repositoryName: 'checked' }))).repositoryMetadata
      ?.cloneUrlHttp ?? '';
  checkout = path.join(work, 'checked');
  const cloned = await run('git', ['clone', '--quiet', cloneUrl, checkout], {
    env: emulator.awsEnv('developer'),
  });
  if (cloned.code !== 0) throw new Error(cloned.stderr);
  [gitDir = ''] = await bareRepositories(emulator.dataDir);
});
afterAll(async () => {
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

/** A commit on top of main whose tree is `tree`, written into the checkout only. */
const commitOnMain = (tree: string): Promise<string> =>
  gitWithInput(['commit-tree', tree, '-p', tip], 'A crafted commit\n');

describe('a push git fsck would flag', () => {
  it('is refused with git’s own message when a tree holds an entry named .git', async () => {
    const blob = await gitWithInput(['hash-object', '-w', '--stdin'], '[core]\n');
    const tree = await gitWithInput(['mktree'], `100644 blob ${blob}\t.git\n`);
    const commit = await commitOnMain(tree);

    const pushed = await git(['push', 'origin', `${commit}:refs/heads/main`]);

    expect(pushed.code).not.toBe(0);
    expect(pushed.stderr).toContain(`remote: error: object ${tree}: hasDotgit: contains '.git'`);
    expect(pushed.stderr).toContain('remote: fatal: fsck error in packed object');
    expect(await mainTip()).toBe(tip);
    expect(await stored(tree)).toBe(false);
    expect(await stored(commit)).toBe(false);
  });

  it('is refused with git’s own message when an author line is malformed', async () => {
    const tree = (await git(['rev-parse', `${tip}^{tree}`])).stdout.trim();
    const commit = await gitWithInput(
      ['hash-object', '-t', 'commit', '--literally', '-w', '--stdin'],
      `tree ${tree}\nparent ${tip}\nauthor No Closing Bracket <nobody@example.com 1700000000 +0000\ncommitter Test Author <author@example.com> 1700000000 +0000\n\nBad author\n`,
    );

    const pushed = await git(['push', 'origin', `${commit}:refs/heads/bad-author`]);

    expect(pushed.code).not.toBe(0);
    expect(pushed.stderr).toContain(
      `remote: error: object ${commit}: badEmail: invalid author/committer line - bad email`,
    );
    expect(await stored(commit)).toBe(false);
    const branches = await emulator
      .client('developer')
      .send(new ListBranchesCommand({ repositoryName: 'checked' }));
    expect(branches.branches).toEqual(['main']);
  });
});

describe('CodeCommit’s limits on a push', () => {
  // git's http transport spells out each of the 4,001 refs for send-pack, which takes it seconds.
  it(
    'refuses more than 4,000 references in a single push, storing none of them',
    { timeout: 120_000 },
    async () => {
      const creates = Array.from(
        { length: 4001 },
        (_, index) => `create refs/tags/t${index} ${tip}\n`,
      );
      await gitWithInput(['update-ref', '--stdin'], creates.join(''));

      const pushed = await git(['push', 'origin', 'refs/tags/*:refs/tags/*']);

      expect(pushed.code).not.toBe(0);
      expect(pushed.stderr).toContain(
        'remote: This push changes 4001 references, but CodeCommit accepts at most 4,000 references in a single push',
      );
      expect(pushed.stderr).toContain('pre-receive hook declined');
      const tags = await run('git', ['--git-dir', gitDir, 'for-each-ref', 'refs/tags']);
      expect(tags.stdout).toBe('');
    },
  );
});

describe('CodeCommit’s file size limit on a push', () => {
  it('refuses a file larger than the limit, naming it, and stores nothing', async () => {
    const blob = await gitWithInput(
      ['hash-object', '-w', '--stdin'],
      Buffer.alloc(maxBlobBytes + 1, 'x'),
    );
    const tree = await gitWithInput(['mktree'], `100644 blob ${blob}\thuge.bin\n`);
    const nested = await gitWithInput(['mktree'], `040000 tree ${tree}\tassets\n`);
    const commit = await commitOnMain(nested);

    const pushed = await git(['push', 'origin', `${commit}:refs/heads/main`]);

    expect(pushed.code).not.toBe(0);
    expect(pushed.stderr).toContain(
      `remote: The file assets/huge.bin (blob ${blob}) is ${maxBlobBytes + 1} bytes, larger than CodeCommit's maximum file size of ${maxBlobBytes} bytes for a Git blob.`,
    );
    expect(pushed.stderr).toContain('pre-receive hook declined');
    expect(await mainTip()).toBe(tip);
    expect(await stored(blob)).toBe(false);
    expect(await stored(commit)).toBe(false);
  });

  it('accepts a file of exactly the limit', async () => {
    const blob = await gitWithInput(
      ['hash-object', '-w', '--stdin'],
      Buffer.alloc(maxBlobBytes, 'y'),
    );
    const tree = await gitWithInput(['mktree'], `100644 blob ${blob}\tfits.bin\n`);
    const commit = await commitOnMain(tree);

    const pushed = await git(['push', 'origin', `${commit}:refs/heads/fits`]);

    expect(pushed.code, pushed.stderr).toBe(0);
    expect(await stored(blob)).toBe(true);
  });
});

describe('after every refused push', () => {
  it('the repository still passes git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
