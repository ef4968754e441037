import {
  CodeCommitClient,
  CreateRepositoryCommand,
  GetBranchCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceUpdate } from '../src/operations/types.ts';
import { createEmulatorLogger } from '../src/index.ts';
import { fsckFailures } from './git-support.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let work: string;
let sshHostAndPort: string;
const updates: ReferenceUpdate[] = [];
const logLines: Record<string, unknown>[] = [];

/** Key ids as IAM makes them: APKA and 16 more characters. */
const developerKeyId = 'APKAEIBAERJR2EXAMPLE';
const readerKeyId = 'APKAREADERKEYEXAMPLE';
const inactiveKeyId = 'APKAINACTIVEEXAMPLE1';
const limitedKeyId = 'APKALIMITEDEXAMPLE01';

const keygen = async (name: string): Promise<string> => {
  const file = path.join(work, name);
  const made = await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  if (made.code !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
  return file;
};

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-ssh-'));
  const developerKey = await keygen('developer');
  const readerKey = await keygen('reader');
  const limitedKey = await keygen('limited');
  const publicKey = (file: string) => readFile(`${file}.pub`, 'utf8').then((text) => text.trim());
  emulator = await startTestEmulator({
    sshPort: 0,
    logger: createEmulatorLogger('info', { write: (line) => void logLines.push(JSON.parse(line)) }),
    // IAM users with their uploaded SSH public keys, as emulator.json holds them.
    prepare: async (dataDir) =>
      writeFile(
        path.join(dataDir, 'emulator.json'),
        JSON.stringify({
          users: [
            {
              userName: 'developer',
              policy: 'AWSCodeCommitPowerUser',
              sshPublicKeys: [
                {
                  sshPublicKeyId: developerKeyId,
                  sshPublicKeyBody: await publicKey(developerKey),
                  status: 'Active',
                },
                {
                  sshPublicKeyId: inactiveKeyId,
                  sshPublicKeyBody: await publicKey(readerKey),
                  status: 'Inactive',
                },
              ],
            },
            {
              userName: 'reader',
              policy: 'AWSCodeCommitReadOnly',
              sshPublicKeys: [
                { sshPublicKeyId: readerKeyId, sshPublicKeyBody: await publicKey(readerKey) },
              ],
            },
            // No access key at all: SSH needs none. Limited to one repository, as over HTTPS.
            {
              userName: 'limited',
              policy: 'AWSCodeCommitPowerUser',
              repositories: ['over-ssh'],
              sshPublicKeys: [
                { sshPublicKeyId: limitedKeyId, sshPublicKeyBody: await publicKey(limitedKey) },
              ],
            },
          ],
        }),
      ),
  });
  sshHostAndPort = (emulator.sshUrl ?? '').slice('ssh://'.length);
  emulator.emulator.events.onReferenceUpdated((update) => updates.push(update));
});
afterAll(async () => {
  await emulator?.close();
  await rm(work, { recursive: true, force: true });
});

/** git with the system ssh client and a generated key, as a user sets GIT_SSH_COMMAND. */
const git = (args: string[], key: 'developer' | 'reader' | 'limited') =>
  run('git', args, {
    cwd: work,
    env: {
      ...emulator.awsEnv(key === 'limited' ? 'reader' : key),
      GIT_SSH_COMMAND: [
        'ssh',
        `-i ${path.join(work, key)}`,
        '-o IdentitiesOnly=yes',
        `-o UserKnownHostsFile=${path.join(work, 'known_hosts')}`,
        // The host key is new to this test; trust it on first use and keep it.
        '-o StrictHostKeyChecking=accept-new',
        '-o BatchMode=yes',
      ].join(' '),
    },
  });

const urlOf = (keyId: string, repositoryPath: string) =>
  `ssh://${keyId}@${sshHostAndPort}${repositoryPath}`;

describe('git over SSH', () => {
  it('names the SSH listener in cloneUrlSsh', async () => {
    const created = await emulator
      .client()
      .send(new CreateRepositoryCommand({ repositoryName: 'over-ssh' }));
    expect(created.repositoryMetadata?.cloneUrlSsh).toBe(`${emulator.sshUrl}/v1/repos/over-ssh`);
  });

  it('clones and pushes with the key id as user name, under the key owner policy', async () => {
    const clone = await git(
      ['clone', urlOf(developerKeyId, '/v1/repos/over-ssh'), 'dev'],
      'developer',
    );
    expect(clone.code, clone.stderr).toBe(0);
    const checkout = path.join(work, 'dev');
    await writeFile(path.join(checkout, 'README.md'), '# Over SSH\n');
    await run('git', ['-C', checkout, 'add', 'README.md'], { env: emulator.awsEnv('developer') });
    await run('git', ['-C', checkout, 'commit', '-m', 'First commit over ssh'], {
      env: emulator.awsEnv('developer'),
    });
    const push = await git(['-C', checkout, 'push', 'origin', 'HEAD:main'], 'developer');
    expect(push.code, push.stderr).toBe(0);
    const head = (await run('git', ['-C', checkout, 'rev-parse', 'HEAD'])).stdout.trim();
    // Each git command is one log line, as an HTTP request is.
    expect(logLines).toEqual(
      expect.arrayContaining(
        ['git-upload-pack', 'git-receive-pack'].map((operation) =>
          expect.objectContaining({
            service: 'git',
            transport: 'ssh',
            operation,
            repositoryName: 'over-ssh',
            sshPublicKeyId: developerKeyId,
            res: { exitCode: 0 },
          }),
        ),
      ),
    );

    const branch = await emulator
      .client('reader')
      .send(new GetBranchCommand({ repositoryName: 'over-ssh', branchName: 'main' }));
    expect(branch.branch?.commitId).toBe(head);
    expect(updates).toContainEqual(
      expect.objectContaining({
        repositoryName: 'over-ssh',
        region: 'us-east-1',
        ref: 'refs/heads/main',
        newCommitId: head,
        source: 'push',
        caller: expect.objectContaining({ userName: 'developer' }),
      }),
    );

    const readerClone = await git(
      ['clone', urlOf(readerKeyId, '/v1/repos/over-ssh'), 'read'],
      'reader',
    );
    expect(readerClone.code, readerClone.stderr).toBe(0);
    expect(await readFile(path.join(work, 'read', 'README.md'), 'utf8')).toBe('# Over SSH\n');
  });

  it('refuses a push by a reader, and keys that are not the user name key', async () => {
    const readerCheckout = path.join(work, 'read');
    await writeFile(path.join(readerCheckout, 'notes.md'), 'not allowed\n');
    await run('git', ['-C', readerCheckout, 'add', 'notes.md'], { env: emulator.awsEnv('reader') });
    await run('git', ['-C', readerCheckout, 'commit', '-m', 'Reader tries'], {
      env: emulator.awsEnv('reader'),
    });
    const push = await git(['-C', readerCheckout, 'push', 'origin', 'HEAD:main'], 'reader');
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('is not authorized to perform: codecommit:GitPush');

    // The reader's key under the developer's key id, and under an inactive id: both refused.
    for (const keyId of [developerKeyId, inactiveKeyId]) {
      const wrong = await git(
        ['clone', urlOf(keyId, '/v1/repos/over-ssh'), `wrong-${keyId}`],
        'reader',
      );
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('Permission denied');
    }
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('limits a user to the repositories emulator.json names, as over HTTPS, even without access keys', async () => {
    await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'off-limits' }));
    const cloneAsLimited = (repositoryName: string) =>
      git(
        ['clone', urlOf(limitedKeyId, `/v1/repos/${repositoryName}`), `limited-${repositoryName}`],
        'limited',
      );
    const allowed = await cloneAsLimited('over-ssh');
    expect(allowed.code, allowed.stderr).toBe(0);
    const refused = await cloneAsLimited('off-limits');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'User: arn:aws:iam::123456789012:user/limited is not authorized to perform: codecommit:GitPull on resource: arn:aws:codecommit:us-east-1:123456789012:off-limits',
    );
  });

  it('checks a push as over HTTP: a tree entry named .git is refused with git’s message', async () => {
    const checkout = path.join(work, 'dev');
    const env = emulator.awsEnv('developer');
    const blob = await run('sh', ['-c', 'printf "[core]\\n" | git hash-object -w --stdin'], {
      cwd: checkout,
      env,
    });
    const tree = await run(
      'sh',
      ['-c', `printf "100644 blob ${blob.stdout.trim()}\\t.git\\n" | git mktree`],
      { cwd: checkout, env },
    );
    const commit = await run(
      'git',
      ['-C', checkout, 'commit-tree', tree.stdout.trim(), '-p', 'HEAD', '-m', 'Crafted'],
      { env },
    );
    const push = await git(
      ['-C', checkout, 'push', 'origin', `${commit.stdout.trim()}:refs/heads/dotgit`],
      'developer',
    );
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain(`hasDotgit: contains '.git'`);
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('refuses a push that git fsck --strict would flag, storing nothing', async () => {
    const checkout = path.join(work, 'dev');
    const env = emulator.awsEnv('developer');
    const before = (await run('git', ['-C', checkout, 'rev-parse', 'HEAD'])).stdout.trim();
    // A commit whose author line has no email: git's fsck calls it missingEmail.
    const tree = (await run('git', ['-C', checkout, 'rev-parse', 'HEAD^{tree}'])).stdout.trim();
    const raw = `tree ${tree}\nparent ${before}\nauthor Nobody 1700000000 +0000\ncommitter Nobody <n@example.com> 1700000000 +0000\n\nBroken identity\n`;
    await writeFile(path.join(work, 'broken-commit'), raw);
    const written = await run(
      'git',
      [
        '-C',
        checkout,
        'hash-object',
        '-t',
        'commit',
        '-w',
        '--literally',
        path.join(work, 'broken-commit'),
      ],
      { env },
    );
    expect(written.code, written.stderr).toBe(0);
    const push = await git(
      ['-C', checkout, 'push', 'origin', `${written.stdout.trim()}:refs/heads/main`],
      'developer',
    );
    expect(push.code).not.toBe(0);
    expect(push.stderr).toMatch(/missingEmail|fsck/);
    const branch = await emulator
      .client('reader')
      .send(new GetBranchCommand({ repositoryName: 'over-ssh', branchName: 'main' }));
    expect(branch.branch?.commitId).toBe(before);
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('serves a repository of another region at /<region>/v1/repos/<name>', async () => {
    const { accessKeyId, secretAccessKey } = emulator.user('admin');
    const frankfurt = new CodeCommitClient({
      endpoint: emulator.url,
      region: 'eu-central-1',
      credentials: { accessKeyId, secretAccessKey },
      maxAttempts: 1,
    });
    const created = await frankfurt.send(
      new CreateRepositoryCommand({ repositoryName: 'frankfurt-ssh' }),
    );
    frankfurt.destroy();
    expect(created.repositoryMetadata?.cloneUrlSsh).toBe(
      `${emulator.sshUrl}/eu-central-1/v1/repos/frankfurt-ssh`,
    );
    const clone = await git(
      ['clone', urlOf(developerKeyId, '/eu-central-1/v1/repos/frankfurt-ssh'), 'frankfurt'],
      'developer',
    );
    expect(clone.code, clone.stderr).toBe(0);
    const missing = await git(
      ['clone', urlOf(developerKeyId, '/v1/repos/frankfurt-ssh'), 'not-in-virginia'],
      'developer',
    );
    expect(missing.stderr).toContain('Repository frankfurt-ssh does not exist in us-east-1');
  });
});
