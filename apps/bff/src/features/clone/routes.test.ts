import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { iamUserName, sshCloneSettings } from './ssh-public-keys.ts';

let console_: TestConsole;
beforeAll(async () => {
  console_ = await startTestConsole({
    emulatorUsers: [
      {
        userName: 'keyed',
        policy: 'AWSCodeCommitPowerUser',
        // Written by hand in emulator.json: the newest active key comes first, inactive ones never.
        sshPublicKeys: [
          {
            sshPublicKeyId: 'APKAOLDERKEYEXAMPLE1',
            sshPublicKeyBody: publicKey,
            uploadDate: '2026-01-01T00:00:00Z',
          },
          {
            sshPublicKeyId: 'APKANEWERKEYEXAMPLE1',
            sshPublicKeyBody: publicKey,
            uploadDate: '2026-02-01T00:00:00Z',
          },
          {
            sshPublicKeyId: 'APKAINACTIVEEXAMPLE1',
            sshPublicKeyBody: publicKey,
            status: 'Inactive',
          },
        ],
      },
    ],
    extraUsers: [{ userName: 'keyed', profile: 'keyed' }],
  });
});
afterAll(() => console_?.close());

const publicKey =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEOAgIS/3xNCowWZKvJPoSUtPs/x3cUmoitMQXta+r7J test';

describe('GET /api/clone-settings', () => {
  it("gives the person's active SSH key ids from IAM, newest first", async () => {
    const response = await console_.as('keyed')('/api/clone-settings');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      profile: 'keyed',
      ssh: {
        userName: 'keyed',
        sshPublicKeyIds: ['APKANEWERKEYEXAMPLE1', 'APKAOLDERKEYEXAMPLE1'],
        canUploadSshPublicKey: true,
      },
    });
  });

  it('says there is no key yet, and whether IAM lets the person upload one', async () => {
    const developer = await console_.as('developer')('/api/clone-settings');
    expect(await developer.json()).toMatchObject({
      ssh: { userName: 'developer', sshPublicKeyIds: [], canUploadSshPublicKey: true },
    });
    // AWSCodeCommitReadOnly allows listing one's keys, not uploading them.
    const reader = await console_.as('reader')('/api/clone-settings');
    expect(await reader.json()).toMatchObject({
      ssh: { userName: 'reader', sshPublicKeyIds: [], canUploadSshPublicKey: false },
    });
  });

  it('asks for a sign-in first', async () => {
    expect((await console_.app.request('/api/clone-settings')).status).toBe(401);
  });
});

describe('iamUserName', () => {
  it('reads an IAM user from its ARN, and nothing from a role session', () => {
    expect(iamUserName('arn:aws:iam::123456789012:user/alice')).toBe('alice');
    expect(iamUserName('arn:aws:iam::123456789012:user/team/bob')).toBe('bob');
    expect(iamUserName('arn:aws:sts::123456789012:assumed-role/Dev/alice')).toBeUndefined();
  });
});

describe('sshCloneSettings', () => {
  it('tells a person signed in through a role that SSH keys belong to IAM users', async () => {
    expect(
      await sshCloneSettings({
        key: 'alice',
        name: 'alice',
        identity: { kind: 'defaultCredentials' },
        caller: {
          arn: 'arn:aws:sts::123456789012:assumed-role/CodeCommitDeveloper/alice',
          accountId: '123456789012',
          region: 'us-east-1',
        },
      }),
    ).toEqual({
      unavailable:
        'SSH keys belong to IAM users; you are signed in through a role, which has none.',
    });
  });
});
