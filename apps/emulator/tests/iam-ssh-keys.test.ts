import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshPublicKeys } from '../src/iam/ssh-public-keys.ts';
import { fsckFailures } from './git-support.ts';
import { startTestEmulator, type DemoUser, type TestEmulator } from './harness.ts';
import { aws, run } from './run.ts';

let emulator: TestEmulator;
let work: string;
let rsaKey: string;
let uploadedKeyId: string;

interface SshPublicKeyOutput {
  SSHPublicKey: {
    UserName: string;
    SSHPublicKeyId: string;
    Fingerprint: string;
    SSHPublicKeyBody: string;
    Status: string;
    UploadDate: string;
  };
}
/** The CLI pages through the list itself, so IsTruncated and Marker do not reach its output. */
interface ListOutput {
  SSHPublicKeys: Array<{ UserName: string; SSHPublicKeyId: string; Status: string }>;
}

const keygen = async (name: string, type: 'rsa' | 'ed25519'): Promise<string> => {
  const file = path.join(work, name);
  const bits = type === 'rsa' ? ['-b', '2048'] : [];
  const made = await run('ssh-keygen', [
    '-q',
    '-t',
    type,
    ...bits,
    '-N',
    '',
    '-C',
    name,
    '-f',
    file,
  ]);
  if (made.code !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
  return file;
};

/** `aws iam …` as the user, against the emulator named with --endpoint-url, as AWS's docs show it. */
const iam = <T>(user: DemoUser, args: string[]) =>
  aws<T>(['iam', ...args, '--endpoint-url', emulator.url], emulator.awsEnv(user));
const iamFailure = async (user: DemoUser, args: string[]) =>
  (
    await run('aws', ['iam', ...args, '--endpoint-url', emulator.url], {
      env: emulator.awsEnv(user),
    })
  ).stderr;

const uploadArgs = (userName: DemoUser, file: string) => [
  'upload-ssh-public-key',
  '--user-name',
  userName,
  '--ssh-public-key-body',
  file,
];

/** git over SSH with the system client, the key id as user name, as the CodeCommit user guide sets it up. */
const cloneOverSsh = (keyId: string, key: string, into: string) =>
  run(
    'git',
    [
      'clone',
      `ssh://${keyId}@${(emulator.sshUrl ?? '').slice('ssh://'.length)}/v1/repos/keyed`,
      into,
    ],
    {
      cwd: work,
      env: {
        ...emulator.awsEnv('developer'),
        GIT_SSH_COMMAND: `ssh -i ${key} -o IdentitiesOnly=yes -o UserKnownHostsFile=${path.join(work, 'known_hosts')} -o StrictHostKeyChecking=accept-new -o BatchMode=yes`,
      },
    },
  );

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-iam-ssh-'));
  rsaKey = await keygen('developer-rsa', 'rsa');
  emulator = await startTestEmulator({ sshPort: 0 });
  await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'keyed' }));
});
afterAll(async () => {
  await emulator?.close();
  await rm(work, { recursive: true, force: true });
});

describe('IAM SSH public keys through the AWS CLI', () => {
  it('uploads a key for the caller, which then clones over SSH under its APKA id', async () => {
    const uploaded = await iam<SshPublicKeyOutput>(
      'developer',
      uploadArgs('developer', `file://${rsaKey}.pub`),
    );
    const fingerprint = await run('ssh-keygen', ['-l', '-E', 'md5', '-f', `${rsaKey}.pub`]);
    expect(uploaded.SSHPublicKey).toMatchObject({
      UserName: 'developer',
      SSHPublicKeyId: expect.stringMatching(/^APKA[A-Z2-7]{16}$/),
      Fingerprint: fingerprint.stdout.split(' ')[1]?.replace(/^MD5:/, ''),
      SSHPublicKeyBody: (await readFile(`${rsaKey}.pub`, 'utf8')).split(' ').slice(0, 2).join(' '),
      Status: 'Active',
    });
    uploadedKeyId = uploaded.SSHPublicKey.SSHPublicKeyId;

    const listed = await iam<ListOutput>('developer', ['list-ssh-public-keys']);
    expect(listed).toEqual({
      SSHPublicKeys: [
        expect.objectContaining({
          UserName: 'developer',
          SSHPublicKeyId: uploadedKeyId,
          Status: 'Active',
        }),
      ],
    });

    const cloned = await cloneOverSsh(uploadedKeyId, rsaKey, 'first');
    expect(cloned.code, cloned.stderr).toBe(0);
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('keeps uploaded keys in emulator.json, with the users', async () => {
    const saved = JSON.parse(
      await readFile(path.join(emulator.dataDir, 'emulator.json'), 'utf8'),
    ) as {
      users: Array<{ userName: string; sshPublicKeys?: Array<{ sshPublicKeyId: string }> }>;
    };
    const developer = saved.users.find((user) => user.userName === 'developer');
    expect(developer?.sshPublicKeys?.map((key) => key.sshPublicKeyId)).toEqual([uploadedKeyId]);
    // What a restarted emulator reads back.
    expect(sshPublicKeys(emulator.dataDir).find(uploadedKeyId)).toMatchObject({
      userName: 'developer',
      status: 'Active',
    });
  });

  it('answers get-ssh-public-key in SSH and PEM encodings', async () => {
    const asPem = await iam<SshPublicKeyOutput>('developer', [
      'get-ssh-public-key',
      '--user-name',
      'developer',
      '--ssh-public-key-id',
      uploadedKeyId,
      '--encoding',
      'PEM',
    ]);
    expect(asPem.SSHPublicKey.SSHPublicKeyBody).toContain('-----BEGIN PUBLIC KEY-----');
    // The PEM form uploads as the same key: IAM accepts both encodings.
    await writeFile(path.join(work, 'key.pem'), asPem.SSHPublicKey.SSHPublicKeyBody);
    expect(
      await iamFailure(
        'developer',
        uploadArgs('developer', `file://${path.join(work, 'key.pem')}`),
      ),
    ).toContain('DuplicateSSHPublicKey');
  });

  it("applies the caller's policy: own keys only, and a reader may only read them", async () => {
    expect(await iamFailure('developer', uploadArgs('admin', `file://${rsaKey}.pub`))).toContain(
      'An error occurred (AccessDenied) when calling the UploadSSHPublicKey operation: User: arn:aws:iam::123456789012:user/developer is not authorized to perform: iam:UploadSSHPublicKey on resource: user admin',
    );
    expect(
      await iamFailure('admin', ['list-ssh-public-keys', '--user-name', 'developer']),
    ).toContain('(AccessDenied)');
    expect(await iam<ListOutput>('reader', ['list-ssh-public-keys'])).toEqual({
      SSHPublicKeys: [],
    });
    expect(await iamFailure('reader', uploadArgs('reader', `file://${rsaKey}.pub`))).toContain(
      'not authorized to perform: iam:UploadSSHPublicKey on resource: user reader',
    );
  });

  it('refuses keys IAM does not accept, in its words', async () => {
    const ed25519 = await keygen('developer-ed25519', 'ed25519');
    expect(
      await iamFailure('developer', uploadArgs('developer', `file://${ed25519}.pub`)),
    ).toContain(
      '(InvalidPublicKey) when calling the UploadSSHPublicKey operation: The request was rejected because the public key is malformed or otherwise invalid. IAM accepts RSA keys only (ssh-rsa), not ssh-ed25519.',
    );
    expect(
      await iamFailure('developer', [
        'delete-ssh-public-key',
        '--user-name',
        'developer',
        '--ssh-public-key-id',
        'APKANOSUCHKEYEXAMPLE',
      ]),
    ).toContain(
      '(NoSuchEntity) when calling the DeleteSSHPublicKey operation: The Public Key with id APKANOSUCHKEYEXAMPLE cannot be found.',
    );
  });

  it('stops the key at once when it is made inactive or deleted', async () => {
    await iam('developer', [
      'update-ssh-public-key',
      '--user-name',
      'developer',
      '--ssh-public-key-id',
      uploadedKeyId,
      '--status',
      'Inactive',
    ]);
    const inactive = await cloneOverSsh(uploadedKeyId, rsaKey, 'while-inactive');
    expect(inactive.code).not.toBe(0);
    expect(inactive.stderr).toContain('Permission denied');

    await iam('developer', [
      'delete-ssh-public-key',
      '--user-name',
      'developer',
      '--ssh-public-key-id',
      uploadedKeyId,
    ]);
    expect(await iam<ListOutput>('developer', ['list-ssh-public-keys'])).toEqual({
      SSHPublicKeys: [],
    });
    const deleted = await cloneOverSsh(uploadedKeyId, rsaKey, 'after-delete');
    expect(deleted.code).not.toBe(0);
    expect(deleted.stderr).toContain('Permission denied');
  });
});
