import {
  CreateRepositoryCommand,
  GetBranchCommand,
  GetRepositoryCommand,
  ListBranchesCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceUpdate } from '../src/operations/types.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let work: string;
let cloneUrl: string;
const updates: ReferenceUpdate[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-smart-http-'));
  emulator.emulator.events.onReferenceUpdated((update) => updates.push(update));
  const created = await emulator
    .client()
    .send(new CreateRepositoryCommand({ repositoryName: 'pushed' }));
  cloneUrl = created.repositoryMetadata?.cloneUrlHttp ?? '';
});
afterAll(async () => {
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

const git = async (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
  const result = await run('git', args, {
    cwd: options.cwd ?? work,
    env: options.env ?? emulator.awsEnv('developer'),
  });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
};

/** The password the AWS CLI credential helper would give, signed by botocore at now + offsetMinutes. */
async function helperPassword(user: 'admin' | 'reader', offsetMinutes: number): Promise<string> {
  const { accessKeyId, secretAccessKey } = emulator.user(user);
  const script = `
import sys, datetime
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
key, secret, host, path, offset = sys.argv[1:6]
signer = SigV4Auth(Credentials(key, secret), 'codecommit', 'us-east-1')
request = AWSRequest(method='GIT', url='http://' + host + path)
stamp = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=float(offset))).strftime('%Y%m%dT%H%M%S')
request.context['timestamp'] = stamp
canonical = 'GIT\\n' + path + '\\n\\nhost:' + host + '\\n\\nhost\\n'
print(stamp + 'Z' + signer.signature(signer.string_to_sign(request, canonical), request))
`;
  const result = await run('python3', [
    '-c',
    script,
    accessKeyId,
    secretAccessKey,
    '127.0.0.1',
    '/v1/repos/pushed',
    String(offsetMinutes),
  ]);
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** git configured with a fixed username and password instead of the AWS CLI helper. */
const envWithPassword = (username: string, password: string): NodeJS.ProcessEnv => ({
  ...emulator.awsEnv('admin'),
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'credential.helper',
  GIT_CONFIG_VALUE_0: `!f() { echo username=${username}; echo password=${password}; }; f`,
});

describe('git clone and push with the AWS CLI credential helper', () => {
  it('pushes into an empty repository; the API sees the branch, which becomes the default', async () => {
    await git(['clone', '--quiet', cloneUrl, 'first']);
    const first = path.join(work, 'first');
    await writeFile(path.join(first, 'README.md'), '# Pushed\n');
    await git(['add', 'README.md'], { cwd: first });
    await git(['commit', '--quiet', '-m', 'First commit'], { cwd: first });
    await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: first });
    const head = await git(['rev-parse', 'HEAD'], { cwd: first });

    const client = emulator.client('reader');
    const { repositoryMetadata } = await client.send(
      new GetRepositoryCommand({ repositoryName: 'pushed' }),
    );
    expect(repositoryMetadata?.defaultBranch).toBe('main');
    expect(
      (await client.send(new GetBranchCommand({ repositoryName: 'pushed', branchName: 'main' })))
        .branch?.commitId,
    ).toBe(head);
    expect(updates).toContainEqual(
      expect.objectContaining({
        repositoryName: 'pushed',
        ref: 'refs/heads/main',
        newCommitId: head,
        source: 'push',
        oldCommitId: '0'.repeat(40),
      }),
    );
    expect(updates.at(-1)?.caller.userName).toBe('developer');
  });

  it('creates and deletes branches by push, visible through the API at once', async () => {
    const first = path.join(work, 'first');
    await git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature'], { cwd: first });
    const client = emulator.client('reader');
    expect(
      (await client.send(new ListBranchesCommand({ repositoryName: 'pushed' }))).branches?.sort(),
    ).toEqual(['feature', 'main']);
    await git(['push', '--quiet', 'origin', ':feature'], { cwd: first });
    expect(
      (await client.send(new ListBranchesCommand({ repositoryName: 'pushed' }))).branches,
    ).toEqual(['main']);
    expect(updates.at(-1)).toMatchObject({
      ref: 'refs/heads/feature',
      newCommitId: '0'.repeat(40),
    });
    expect(
      (await client.send(new GetRepositoryCommand({ repositoryName: 'pushed' }))).repositoryMetadata
        ?.defaultBranch,
    ).toBe('main');
  });

  it('fetches many branches (gzip-compressed requests) over protocol v2 and v0', async () => {
    const first = path.join(work, 'first');
    for (let index = 0; index < 30; index += 1) {
      await git(['commit', '--quiet', '--allow-empty', '-m', `Commit ${index}`], { cwd: first });
      await git(['branch', `topic-${index}`], { cwd: first });
    }
    await git(['push', '--quiet', 'origin', '--all'], { cwd: first });
    await git(['clone', '--quiet', cloneUrl, 'v2']);
    await git(['-c', 'protocol.version=0', 'clone', '--quiet', cloneUrl, 'v0']);
    for (const clone of ['v2', 'v0']) {
      const branches = await git(['branch', '-r'], { cwd: path.join(work, clone) });
      expect(branches.split('\n').filter((line) => line.includes('topic-'))).toHaveLength(30);
    }
    const { repositoryMetadata } = await emulator
      .client()
      .send(new GetRepositoryCommand({ repositoryName: 'pushed' }));
    const gitDir = path.join(
      emulator.dataDir,
      'repositories',
      `${repositoryMetadata?.repositoryId}.git`,
    );
    await git(['--git-dir', gitDir, 'fsck', '--strict', '--no-progress']);
  });

  it('lets the reader clone but not push', async () => {
    const env = emulator.awsEnv('reader');
    await git(['clone', '--quiet', cloneUrl, 'reader'], { env });
    const reader = path.join(work, 'reader');
    await git(['commit', '--quiet', '--allow-empty', '-m', 'Not allowed'], { cwd: reader, env });
    const pushed = await run('git', ['push', 'origin', 'HEAD:main'], { cwd: reader, env });
    expect(pushed.code).not.toBe(0);
    expect(pushed.stderr).toContain(
      'is not authorized to perform: codecommit:GitPush on resource: arn:aws:codecommit:us-east-1:123456789012:pushed',
    );
    expect(pushed.stderr).toContain('403');
  });
});

describe('git authentication failures', () => {
  it('asks for Basic credentials when there are none', async () => {
    const response = await fetch(`${cloneUrl}/info/refs?service=git-upload-pack`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="CodeCommit"');
    const result = await run('git', ['ls-remote', cloneUrl], {
      cwd: work,
      env: { ...emulator.awsEnv('admin'), GIT_CONFIG_COUNT: '0' },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('could not read Username');
  });

  it('refuses a password signed with the wrong secret', async () => {
    const env = {
      ...emulator.awsEnv('admin'),
      AWS_ACCESS_KEY_ID: emulator.user('admin').accessKeyId,
      AWS_SECRET_ACCESS_KEY: 'w'.repeat(40),
    };
    const result = await run('git', ['ls-remote', cloneUrl], { cwd: work, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Authentication failed|401/);
  });

  it('accepts a fresh helper signature and refuses one older than 15 minutes', async () => {
    const { accessKeyId } = emulator.user('admin');
    const fresh = await run('git', ['ls-remote', cloneUrl], {
      cwd: work,
      env: envWithPassword(accessKeyId, await helperPassword('admin', 0)),
    });
    expect(fresh.stdout).toContain('refs/heads/main');
    const stale = await run('git', ['ls-remote', cloneUrl], {
      cwd: work,
      env: envWithPassword(accessKeyId, await helperPassword('admin', -20)),
    });
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/Authentication failed|401/);
  });

  it('answers 404 for a repository that does not exist', async () => {
    const result = await run('git', ['ls-remote', `${emulator.url}/v1/repos/nowhere`], {
      cwd: work,
      env: emulator.awsEnv('admin'),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('not found');
  });
});
