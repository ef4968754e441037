import { CreateRepositoryCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import type { CloneSettings, Repository } from '../packages/shared/src/repositories.ts';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  cloneMethods,
  type CloneMethod,
} from '../apps/web/src/features/repositories/lib/clone-commands.ts';
import { startConsole, type RunningConsole } from './console.ts';

const execFileAsync = promisify(execFile);

let dataDir: string;
let work: string;
let running: RunningConsole;
let cookie: string;

/** The environment of a person's shell: none of the console's AWS or git settings leak in. */
const shellEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('AWS_') && !name.startsWith('GIT_') && name !== 'CODE_COMMIT_ENDPOINT')
      env[name] = value;
  return {
    ...env,
    AWS_PAGER: '',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
};

/** Runs a command as a person pastes it into bash; resolves stdout, throws with stderr. */
const paste = async (command: string, cwd: string, env: NodeJS.ProcessEnv = shellEnv()) => {
  try {
    return (await execFileAsync('bash', ['-c', command], { cwd, env })).stdout;
  } catch (error) {
    const failed = error as { stderr?: string };
    throw new Error(`${command}\nfailed: ${failed.stderr ?? String(error)}`);
  }
};

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${running.url}/api${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

/** The clone panel's methods, from the same BFF answers and the same function the panel uses. */
const panelMethods = async (): Promise<CloneMethod[]> => {
  const { repository } = await api<{ repository: Repository }>('/repositories/printed');
  const settings = await api<CloneSettings>('/clone-settings');
  return cloneMethods({ ...repository, repositoryName: repository.repositoryName ?? '' }, settings);
};
const method = (methods: CloneMethod[], id: string): CloneMethod => {
  const found = methods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} tab among ${methods.map((m) => m.id).join(', ')}`);
  return found;
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'clone-panel-'));
  work = await mkdtemp(join(tmpdir(), 'clone-panel-work-'));
  running = await startConsole({ dataDir, port: 0, seed: false });
  const developer = running.emulator.users.find((user) => user.userName === 'developer')!;
  const { CodeCommitClient } = await import('@aws-sdk/client-codecommit');
  const client = new CodeCommitClient({
    endpoint: running.url,
    region: 'us-east-1',
    credentials: { accessKeyId: developer.accessKeyId, secretAccessKey: developer.secretAccessKey },
  });
  await client.send(new CreateRepositoryCommand({ repositoryName: 'printed' }));
  await client.send(
    new PutFileCommand({
      repositoryName: 'printed',
      branchName: 'main',
      filePath: 'README.md',
      fileContent: Buffer.from('# Printed\n'),
      commitMessage: 'First',
    }),
  );
  client.destroy();
  const signIn = await fetch(`${running.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: running.url },
    body: JSON.stringify({ userName: 'developer' }),
  });
  expect(signIn.status).toBe(200);
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await running?.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

test('the HTTP tab clones as printed, through the AWS CLI credential helper', async () => {
  const command = method(await panelMethods(), 'credential-helper').command;
  await paste(command, work);
  expect(await readFile(join(work, 'printed', 'README.md'), 'utf8')).toBe('# Printed\n');
});

test('the codecommit:: tab names the emulator’s TLS endpoint and CA for git-remote-codecommit', async () => {
  const command = method(await panelMethods(), 'grc').command;
  expect(command).toContain(`CODE_COMMIT_ENDPOINT=${new URL(running.httpsUrl ?? '').host}`);
  expect(command).toContain(`GIT_SSL_CAINFO=${running.caFile}`);
  expect(command).toMatch(/git clone codecommit::us-east-1:\/\/developer@printed$/);
});

test('the SSH tab uploads a key as printed, then clones with the printed ~/.ssh/config block', async () => {
  const ssh = join(work, 'ssh');
  await mkdir(ssh);
  const key = join(ssh, 'codecommit_rsa');
  // The printed ssh-keygen asks for a passphrase; a test makes the same key without one.
  const before = method(await panelMethods(), 'ssh');
  expect(before.setup).toBeUndefined();
  const [keygen = '', ...upload] = before.command.split('\n');
  expect(keygen).toBe('ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa');
  await execFileAsync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '4096', '-N', '', '-f', key]);
  // The key lives in this test's folder instead of ~/.ssh.
  const uploaded = JSON.parse(
    await paste(upload.join('\n').replaceAll('~/.ssh/codecommit_rsa', key), work),
  ) as { SSHPublicKey: { SSHPublicKeyId: string } };
  const keyId = uploaded.SSHPublicKey.SSHPublicKeyId;
  expect(keyId).toMatch(/^APKA/);

  const after = method(await panelMethods(), 'ssh');
  const port = new URL(running.sshUrl ?? '').port;
  expect(after.setup).toEqual([
    {
      label: 'Add to ~/.ssh/config',
      text: `Host localhost\n  User ${keyId}\n  IdentityFile ~/.ssh/codecommit_rsa\n  Port ${port}`,
    },
  ]);
  // The printed block is the config ssh reads, with the test's key and known_hosts file.
  const config = join(ssh, 'config');
  await writeFile(
    config,
    `${after.setup?.[0]?.text.replace('~/.ssh/codecommit_rsa', key)}\n  UserKnownHostsFile ${join(ssh, 'known_hosts')}\n  StrictHostKeyChecking accept-new\n  BatchMode yes\n`,
  );
  const into = join(work, 'over-ssh');
  await mkdir(into);
  await paste(after.command, into, { ...shellEnv(), GIT_SSH_COMMAND: `ssh -F ${config}` });
  expect(await readFile(join(into, 'printed', 'README.md'), 'utf8')).toBe('# Printed\n');
});
