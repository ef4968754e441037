import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@cc/emulator';
import { createBff } from '../index.ts';
import { localAccounts } from '../sign-in/local-accounts/accounts.ts';

/**
 * Every way a person becomes an AWS identity, against the emulator's own IAM and STS, with the
 * endpoint given ONLY by the profiles' `endpoint_url` (no AWS_ENDPOINT_URL_* variable): a named
 * profile, a role assumed with the BFF's credentials, and the default credential chain. A call
 * sent to AWS's own host would fail here, so each passing request proves the endpoint held.
 */
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;
let app: ReturnType<typeof createBff>;
const saved = { ...process.env };
const password = 'a passphrase long enough';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bff-identities-'));
  emulator = await startEmulator({ dataDir, port: 0 });
  for (const name of Object.keys(process.env))
    if (name.startsWith('AWS_ENDPOINT_URL') || name === 'AWS_REGION') delete process.env[name];
  process.env.AWS_CONFIG_FILE = emulator.emulator.configFile;
  process.env.AWS_SHARED_CREDENTIALS_FILE = emulator.emulator.credentialsFile;
  // The BFF's own identity (the default chain): the emulator's roles trust `admin`.
  process.env.AWS_PROFILE = 'admin';
  const file = path.join(dataDir, 'accounts.json');
  for (const name of ['alice', 'bob', 'carol'])
    await localAccounts(file).setPassword(name, password);
  app = createBff({
    sessionSecret: 'identities-test-secret-0123456789abcdef',
    signIn: {
      localAccounts: { file },
      identities: [
        { match: { localAccounts: ['alice'] }, profile: 'developer' },
        {
          match: { localAccounts: ['bob'] },
          assumeRole: 'arn:aws:iam::123456789012:role/CodeCommitDeveloper',
        },
        { match: { localAccounts: ['carol'] }, defaultCredentials: true },
      ],
    },
  });
});
afterAll(async () => {
  process.env = saved;
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function signIn(userName: string) {
  const response = await app.request('/api/session/local', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName, password }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const send = (method: string, url: string, body?: unknown) =>
    app.request(url, {
      method,
      headers: {
        Cookie: cookie,
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const { user } = (await (await send('GET', '/api/session')).json()) as { user: { arn: string } };
  return { arn: user.arn, send };
}

describe('one AWS identity per person', () => {
  it('a named profile: its keys, region and endpoint_url', async () => {
    const alice = await signIn('alice');
    expect(alice.arn).toBe('arn:aws:iam::123456789012:user/developer');
    const created = await alice.send('POST', '/api/repositories', { repositoryName: 'alices' });
    expect(created.status).toBe(201);
  });

  it('a role assumed with RoleSessionName = the person: CodeCommit records the assumed-role ARN', async () => {
    const bob = await signIn('bob');
    const arn = 'arn:aws:sts::123456789012:assumed-role/CodeCommitDeveloper/bob';
    expect(bob.arn).toBe(arn);
    expect((await bob.send('POST', '/api/repositories', { repositoryName: 'bobs' })).status).toBe(
      201,
    );
    const put = await bob.send('PUT', '/api/repositories/bobs/file', {
      branchName: 'main',
      filePath: 'README.md',
      fileContent: 'hello',
      commitMessage: 'First',
    });
    expect(put.status).toBe(200);
    const branched = await bob.send('POST', '/api/repositories/bobs/branches', {
      branchName: 'feature',
      commitSpecifier: 'main',
    });
    expect(branched.status).toBe(201);
    await bob.send('PUT', '/api/repositories/bobs/file', {
      branchName: 'feature',
      filePath: 'README.md',
      fileContent: 'hello again',
      commitMessage: 'Second',
    });
    const opened = await bob.send('POST', '/api/repositories/bobs/pull-requests', {
      title: 'By a role session',
      sourceReference: 'feature',
      destinationReference: 'main',
    });
    expect(opened.status).toBe(201);
    const { pullRequest } = (await opened.json()) as {
      pullRequest: { authorArn: string; callerIsAuthor: boolean };
    };
    expect(pullRequest.authorArn).toBe(arn);
    expect(pullRequest.callerIsAuthor).toBe(true);
    // "Mine" asks CodeCommit for pull requests by the ARN STS named, which is this one.
    const mine = await bob.send('GET', '/api/repositories/bobs/pull-requests?mine=true');
    expect(((await mine.json()) as { pullRequests: unknown[] }).pullRequests).toHaveLength(1);
    const alice = await signIn('alice');
    const notAlices = await alice.send('GET', '/api/repositories/bobs/pull-requests?mine=true');
    expect(((await notAlices.json()) as { pullRequests: unknown[] }).pullRequests).toHaveLength(0);
  });

  it("the SDK's default credential chain", async () => {
    const carol = await signIn('carol');
    expect(carol.arn).toBe('arn:aws:iam::123456789012:user/admin');
    expect((await carol.send('GET', '/api/repositories')).status).toBe(200);
  });
});
