import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryWithFile } from './git-support.ts';
import { awsEnvironment, startTestEmulator, type TestEmulator } from './harness.ts';
import { aws, run } from './run.ts';

const account = '123456789012';

let emulator: TestEmulator;
let workDir: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'sts-cli-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(workDir, { recursive: true, force: true });
});

interface AssumeRoleOutput {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  AssumedRoleUser: { Arn: string };
}

/** The AWS CLI's environment with a role session's keys in AWS_* variables, as `aws sts assume-role` users export them. */
function sessionEnv(session: AssumeRoleOutput['Credentials']): NodeJS.ProcessEnv {
  return {
    ...emulator.awsEnv('reader'),
    AWS_ACCESS_KEY_ID: session.AccessKeyId,
    AWS_SECRET_ACCESS_KEY: session.SecretAccessKey,
    AWS_SESSION_TOKEN: session.SessionToken,
  };
}

const assumeRole = (roleName: string, session: string) =>
  aws<AssumeRoleOutput>(
    [
      'sts',
      'assume-role',
      '--role-arn',
      `arn:aws:iam::${account}:role/${roleName}`,
      '--role-session-name',
      session,
    ],
    emulator.awsEnv('admin'),
  );

describe('STS through the AWS CLI', () => {
  it('answers get-caller-identity for a profile', async () => {
    await expect(
      aws(['sts', 'get-caller-identity'], emulator.awsEnv('developer')),
    ).resolves.toMatchObject({ Account: account, Arn: `arn:aws:iam::${account}:user/developer` });
  });

  it('assumes a role with assume-role, and the exported keys act as the session', async () => {
    const answer = await assumeRole('CodeCommitReader', 'cli-session');
    expect(answer.AssumedRoleUser.Arn).toBe(
      `arn:aws:sts::${account}:assumed-role/CodeCommitReader/cli-session`,
    );
    await expect(
      aws(['sts', 'get-caller-identity'], sessionEnv(answer.Credentials)),
    ).resolves.toMatchObject({
      Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitReader/cli-session`,
    });
  });

  it('writes role profiles that the CLI assumes by itself, recorded as the pull request author', async () => {
    const config = await readFile(emulator.emulator.configFile, 'utf8');
    expect(config).toContain(
      `[profile developer-role]\nrole_arn = arn:aws:iam::${account}:role/CodeCommitDeveloper\nsource_profile = admin\n`,
    );
    expect(emulator.emulator.roles.map((role) => role.profile)).toEqual([
      'admin-role',
      'developer-role',
      'reader-role',
    ]);

    const repositoryName = 'cli-role-pr';
    const base = await repositoryWithFile(emulator.client('admin'), repositoryName);
    await aws(
      [
        'codecommit',
        'create-branch',
        '--repository-name',
        repositoryName,
        '--branch-name',
        'topic',
        '--commit-id',
        base,
      ],
      emulator.awsEnv('admin'),
    );
    await aws(
      [
        'codecommit',
        'put-file',
        '--repository-name',
        repositoryName,
        '--branch-name',
        'topic',
        '--parent-commit-id',
        base,
        '--file-path',
        'topic.txt',
        '--file-content',
        'dG9waWMK',
      ],
      emulator.awsEnv('admin'),
    );
    // The CLI caches assumed-role keys under ~/.aws/cli/cache by role ARN: a fresh home keeps
    // another emulator's sessions (refused here, rightly) out of this test.
    const roleEnv = { ...awsEnvironment(emulator.emulator, 'developer-role'), HOME: workDir };
    const identity = await aws<{ Arn: string }>(['sts', 'get-caller-identity'], roleEnv);
    expect(identity.Arn).toMatch(
      new RegExp(`^arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/[\\w+=,.@-]+$`),
    );
    const created = await aws<{ pullRequest: { authorArn: string } }>(
      [
        'codecommit',
        'create-pull-request',
        '--title',
        'Made by a role profile',
        '--targets',
        `repositoryName=${repositoryName},sourceReference=topic,destinationReference=main`,
      ],
      roleEnv,
    );
    expect(created.pullRequest.authorArn).toBe(identity.Arn);
  });
});

describe('git with temporary credentials', () => {
  it('clones with AWS_SESSION_TOKEN through the credential helper, and the role policy decides pushes', async () => {
    const repositoryName = 'session-git';
    await repositoryWithFile(emulator.client('admin'), repositoryName, 'hello.txt', 'hello\n');
    const url = `${emulator.url}/v1/repos/${repositoryName}`;

    const developer = sessionEnv((await assumeRole('CodeCommitDeveloper', 'git-dev')).Credentials);
    const clone = path.join(workDir, 'developer');
    const cloned = await run('git', ['clone', url, clone], { env: developer });
    expect(cloned.stderr).not.toMatch(/fatal/);
    expect(await readFile(path.join(clone, 'hello.txt'), 'utf8')).toBe('hello\n');
    await writeFile(path.join(clone, 'more.txt'), 'more\n');
    await run('git', ['add', '.'], { cwd: clone, env: developer });
    await run('git', ['commit', '-m', 'More'], { cwd: clone, env: developer });
    await expect(
      run('git', ['push', 'origin', 'main'], { cwd: clone, env: developer }),
    ).resolves.toMatchObject({ code: 0 });

    const reader = sessionEnv((await assumeRole('CodeCommitReader', 'git-reader')).Credentials);
    const readerClone = path.join(workDir, 'reader');
    await expect(run('git', ['clone', url, readerClone], { env: reader })).resolves.toMatchObject({
      code: 0,
    });
    await writeFile(path.join(readerClone, 'nope.txt'), 'nope\n');
    await run('git', ['add', '.'], { cwd: readerClone, env: reader });
    await run('git', ['commit', '-m', 'Nope'], { cwd: readerClone, env: reader });
    const refused = await run('git', ['push', 'origin', 'main'], { cwd: readerClone, env: reader });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `assumed-role/CodeCommitReader/git-reader is not authorized to perform: codecommit:GitPush`,
    );
  });

  it('refuses a bogus session token on a long-term key, and a forged one', async () => {
    await emulator
      .client('admin')
      .send(new CreateRepositoryCommand({ repositoryName: 'guarded-git' }));
    const url = `${emulator.url}/v1/repos/guarded-git`;
    const admin = emulator.user('admin');
    const bogus = {
      ...emulator.awsEnv('reader'),
      AWS_ACCESS_KEY_ID: admin.accessKeyId,
      AWS_SECRET_ACCESS_KEY: admin.secretAccessKey,
      AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEBogus',
    };
    const first = await run('git', ['clone', url, path.join(workDir, 'bogus')], { env: bogus });
    expect(first.code).not.toBe(0);
    expect(first.stderr).toMatch(/Authentication failed|401/);

    const session = (await assumeRole('CodeCommitAdmin', 'git-forged')).Credentials;
    const forged = sessionEnv({
      ...session,
      SessionToken: `${session.SessionToken.slice(0, -8)}AAAAAAA=`,
    });
    const second = await run('git', ['clone', url, path.join(workDir, 'forged')], { env: forged });
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/Authentication failed|401/);
  });
});
