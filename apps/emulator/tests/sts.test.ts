import {
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  CreateRepositoryCommand,
  EvaluatePullRequestApprovalRulesCommand,
  GetPullRequestCommand,
  ListPullRequestsCommand,
  ListRepositoriesCommand,
  PutFileCommand,
  CodeCommitClient,
  UpdatePullRequestApprovalStateCommand,
  CreateBranchCommand,
} from '@aws-sdk/client-codecommit';
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials,
} from '@aws-sdk/client-sts';
import type { IncomingMessage } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';

const account = '123456789012';
const roleArn = (name: string) => `arn:aws:iam::${account}:role/${name}`;

let emulator: TestEmulator;
/** The emulator's clock runs this far ahead of the system's; clients sign with the same offset. */
let clockOffsetMs = 0;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => new Date(Date.now() + clockOffsetMs) });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await emulator.close();
});

type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const config = (credentials: Keys) => ({
  endpoint: emulator.url,
  region: 'us-east-1',
  credentials,
  maxAttempts: 1,
  systemClockOffset: clockOffsetMs,
});
const sts = (credentials: Keys): STSClient => {
  const client = new STSClient(config(credentials));
  clients.push(client);
  return client;
};
const codecommit = (credentials: Keys): CodeCommitClient => {
  const client = new CodeCommitClient(config(credentials));
  clients.push(client);
  return client;
};
const keysOf = (credentials: Credentials | undefined): Keys => ({
  accessKeyId: credentials?.AccessKeyId ?? '',
  secretAccessKey: credentials?.SecretAccessKey ?? '',
  sessionToken: credentials?.SessionToken ?? '',
});

async function assume(roleName: string, session: string, durationSeconds?: number) {
  return sts(emulator.user('admin')).send(
    new AssumeRoleCommand({
      RoleArn: roleArn(roleName),
      RoleSessionName: session,
      DurationSeconds: durationSeconds,
    }),
  );
}

describe('GetCallerIdentity', () => {
  it("names an IAM user by the user's ARN and AIDA id", async () => {
    const identity = await sts(emulator.user('developer')).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: account,
      Arn: `arn:aws:iam::${account}:user/developer`,
    });
    expect(identity.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });

  it('is recognised as the emulator’s by owns(), beside CodeCommit calls', () => {
    const form = {
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    } as unknown as IncomingMessage;
    expect(emulator.emulator.owns(form)).toBe(true);
    const page = { method: 'POST', url: '/', headers: {} } as unknown as IncomingMessage;
    expect(emulator.emulator.owns(page)).toBe(false);
  });
});

describe('AssumeRole', () => {
  it('gives a trusted user temporary credentials that act as the role session', async () => {
    const before = Math.floor((Date.now() + clockOffsetMs) / 1000) * 1000;
    const answer = await assume('CodeCommitDeveloper', 'alice', 900);
    const after = Date.now() + clockOffsetMs;
    expect(answer.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(answer.Credentials?.SessionToken?.length).toBeGreaterThan(40);
    expect(answer.AssumedRoleUser).toMatchObject({
      Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice`,
      AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:alice$/),
    });
    const expiration = answer.Credentials?.Expiration?.getTime() ?? 0;
    expect(expiration).toBeGreaterThanOrEqual(before + 900_000);
    expect(expiration).toBeLessThanOrEqual(after + 900_000);

    const identity = await sts(keysOf(answer.Credentials)).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice`,
      UserId: answer.AssumedRoleUser?.AssumedRoleId,
    });
  });

  it("applies the role's managed policy to the session", async () => {
    const reader = codecommit(keysOf((await assume('CodeCommitReader', 'rita')).Credentials));
    await expect(reader.send(new ListRepositoriesCommand({}))).resolves.toHaveProperty(
      'repositories',
    );
    await expect(
      reader.send(new CreateRepositoryCommand({ repositoryName: 'by-reader-role' })),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: arn:aws:sts::${account}:assumed-role/CodeCommitReader/rita is not authorized to perform: codecommit:CreateRepository on resource: arn:aws:codecommit:us-east-1:${account}:by-reader-role`,
    });
  });

  it('refuses a user the role does not trust, a role that does not exist, and a role session', async () => {
    await expect(
      sts(emulator.user('developer')).send(
        new AssumeRoleCommand({ RoleArn: roleArn('CodeCommitAdmin'), RoleSessionName: 'dev' }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${account}:user/developer is not authorized to perform: sts:AssumeRole on resource: ${roleArn('CodeCommitAdmin')}`,
      $metadata: { httpStatusCode: 403 },
    });
    await expect(assume('NoSuchRole', 'alice')).rejects.toMatchObject({ name: 'AccessDenied' });
    const session = keysOf((await assume('CodeCommitAdmin', 'chain')).Credentials);
    await expect(
      sts(session).send(
        new AssumeRoleCommand({ RoleArn: roleArn('CodeCommitReader'), RoleSessionName: 'again' }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('checks the members as AWS does', async () => {
    await expect(assume('CodeCommitDeveloper', 'a b', 60)).rejects.toMatchObject({
      name: 'ValidationError',
      message:
        "2 validation errors detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    });
    await expect(assume('CodeCommitDeveloper', 'alice', 43201)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('Member must have value less than or equal to 43200'),
    });
    await expect(
      sts(emulator.user('admin')).send(
        new AssumeRoleCommand({ RoleArn: 'not-an-arn-but-long-enough', RoleSessionName: 'x1' }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError', message: 'Request ARN is invalid' });
  });

  it('returns the SourceIdentity it was given', async () => {
    const answer = await sts(emulator.user('admin')).send(
      new AssumeRoleCommand({
        RoleArn: roleArn('CodeCommitReader'),
        RoleSessionName: 'console-rita',
        SourceIdentity: 'rita@example.com',
      }),
    );
    expect(answer.SourceIdentity).toBe('rita@example.com');
  });
});

describe('session tokens', () => {
  it('refuses a forged token, a token of another key, and a bogus token on a long-term key', async () => {
    const session = keysOf((await assume('CodeCommitDeveloper', 'mallory')).Credentials);
    const other = keysOf((await assume('CodeCommitDeveloper', 'other')).Credentials);
    const token = Buffer.from(session.sessionToken ?? '', 'base64');
    token[token.length - 1] = (token[token.length - 1] ?? 0) ^ 1;
    const refusals = [
      { ...session, sessionToken: token.toString('base64') },
      { ...session, sessionToken: other.sessionToken },
      { ...emulator.user('admin'), sessionToken: 'FwoGZXIvYXdzEBogus' },
      { ...session, sessionToken: undefined },
    ];
    for (const credentials of refusals) {
      await expect(
        codecommit(credentials).send(new ListRepositoriesCommand({})),
      ).rejects.toMatchObject({
        name: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      });
      await expect(sts(credentials).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'InvalidClientTokenId',
        message: 'The security token included in the request is invalid.',
        $metadata: { httpStatusCode: 403 },
      });
    }
  });

  it('refuses a session once the clock passes its expiration', async () => {
    const session = keysOf((await assume('CodeCommitDeveloper', 'late', 900)).Credentials);
    await expect(codecommit(session).send(new ListRepositoriesCommand({}))).resolves.toBeDefined();
    clockOffsetMs = 901_000;
    try {
      await expect(codecommit(session).send(new ListRepositoriesCommand({}))).rejects.toMatchObject(
        {
          name: 'ExpiredTokenException',
          message: 'The security token included in the request is expired',
        },
      );
      await expect(sts(session).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'ExpiredToken',
        $metadata: { httpStatusCode: 403 },
      });
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('keeps working across a restart of the emulator', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-emulator-restart-'));
    try {
      const first = await startEmulator({ dataDir, port: 0 });
      const admin = first.emulator.users.find((user) => user.userName === 'admin')!;
      const client = new STSClient({
        endpoint: first.url,
        region: 'us-east-1',
        credentials: admin,
      });
      const answer = await client.send(
        new AssumeRoleCommand({ RoleArn: roleArn('CodeCommitAdmin'), RoleSessionName: 'night' }),
      );
      client.destroy();
      await first.close();

      const second = await startEmulator({ dataDir, port: 0 });
      const again = new STSClient({
        endpoint: second.url,
        region: 'us-east-1',
        credentials: keysOf(answer.Credentials),
      });
      await expect(again.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
        Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitAdmin/night`,
      });
      again.destroy();
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('role sessions in pull requests', () => {
  it('records the assumed-role ARN and matches assumed-role approval pools', async () => {
    const developer = codecommit(
      keysOf((await assume('CodeCommitDeveloper', 'alice')).Credentials),
    );
    const approver = codecommit(keysOf((await assume('CodeCommitAdmin', 'bob')).Credentials));
    const repositoryName = 'role-reviews';
    await developer.send(new CreateRepositoryCommand({ repositoryName }));
    const first = await developer.send(
      new PutFileCommand({
        repositoryName,
        branchName: 'main',
        filePath: 'a.txt',
        fileContent: Buffer.from('a\n'),
      }),
    );
    await developer.send(
      new CreateBranchCommand({ repositoryName, branchName: 'feature', commitId: first.commitId }),
    );
    await developer.send(
      new PutFileCommand({
        repositoryName,
        branchName: 'feature',
        parentCommitId: first.commitId,
        filePath: 'b.txt',
        fileContent: Buffer.from('b\n'),
      }),
    );
    const created = await developer.send(
      new CreatePullRequestCommand({
        title: 'From a role session',
        targets: [{ repositoryName, sourceReference: 'feature', destinationReference: 'main' }],
      }),
    );
    const pullRequestId = created.pullRequest?.pullRequestId ?? '';
    const aliceArn = `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice`;
    expect(created.pullRequest?.authorArn).toBe(aliceArn);
    await expect(
      developer.send(new ListPullRequestsCommand({ repositoryName, authorArn: aliceArn })),
    ).resolves.toMatchObject({ pullRequestIds: [pullRequestId] });

    await developer.send(
      new CreatePullRequestApprovalRuleCommand({
        pullRequestId,
        approvalRuleName: 'an admin session',
        approvalRuleContent: JSON.stringify({
          Version: '2018-11-08',
          Statements: [
            {
              Type: 'Approvers',
              NumberOfApprovalsNeeded: 1,
              ApprovalPoolMembers: [`arn:aws:sts::${account}:assumed-role/CodeCommitAdmin/*`],
            },
          ],
        }),
      }),
    );
    const revisionId = created.pullRequest?.revisionId ?? '';
    await approver.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId,
        approvalState: 'APPROVE',
      }),
    );
    const evaluation = await approver.send(
      new EvaluatePullRequestApprovalRulesCommand({ pullRequestId, revisionId }),
    );
    expect(evaluation.evaluation).toMatchObject({
      approved: true,
      approvalRulesSatisfied: ['an admin session'],
    });
    const pullRequest = await approver.send(new GetPullRequestCommand({ pullRequestId }));
    expect(pullRequest.pullRequest?.approvalRules?.[0]?.lastModifiedUser).toBe(aliceArn);
  });
});
