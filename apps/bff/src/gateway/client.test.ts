import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/console.ts';

/**
 * The identities a console user can act as. The role case needs STS, which no local service
 * offers, so a small HTTP endpoint answers AssumeRole (found through AWS_ENDPOINT_URL_STS, as
 * any STS endpoint would be) with the emulator developer's keys, and records what was asked.
 */
let console_: TestConsole;
let sts: Server;
const assumeRoleRequests: URLSearchParams[] = [];

async function startSts(): Promise<Server> {
  const credentials = await readFile(process.env.AWS_SHARED_CREDENTIALS_FILE ?? '', 'utf8');
  const developer =
    /\[developer\][^[]*?aws_access_key_id\s*=\s*(\S+)[^[]*?aws_secret_access_key\s*=\s*(\S+)/.exec(
      credentials,
    );
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const params = new URLSearchParams(body);
      assumeRoleRequests.push(params);
      const expiration = new Date(Date.now() + 3600_000).toISOString();
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
<Credentials><AccessKeyId>${developer?.[1]}</AccessKeyId><SecretAccessKey>${developer?.[2]}</SecretAccessKey>
<SessionToken>session-token</SessionToken><Expiration>${expiration}</Expiration></Credentials>
<AssumedRoleUser><AssumedRoleId>AROA:${params.get('RoleSessionName')}</AssumedRoleId>
<Arn>${params.get('RoleArn')}/${params.get('RoleSessionName')}</Arn></AssumedRoleUser>
</AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

beforeAll(async () => {
  console_ = await startTestConsole({
    extraUsers: [
      { userName: 'bob', roleArn: 'arn:aws:iam::123456789012:role/CodeCommitDeveloper' },
      { userName: 'me', defaultCredentials: true },
    ],
  });
  sts = await startSts();
  process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(sts.address() as AddressInfo).port}`;
  // The default chain: the role's caller, and the `me` user, act as the reader profile.
  process.env.AWS_PROFILE = 'reader';
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_STS;
  delete process.env.AWS_PROFILE;
  await new Promise((resolve) => sts.close(resolve));
  await console_.close();
});

describe('console user identities', () => {
  it('assumes the role with the user name as session name, and calls CodeCommit with its keys', async () => {
    const created = await console_.json('bob', 'POST', '/api/repositories', {
      repositoryName: 'bobs',
    });
    expect(created.status).toBe(201);
    expect(
      assumeRoleRequests.map((params) => [params.get('RoleArn'), params.get('RoleSessionName')]),
    ).toEqual([['arn:aws:iam::123456789012:role/CodeCommitDeveloper', 'bob']]);
    // The assumed credentials are reused: no second AssumeRole for the next call.
    await console_.as('bob')('/api/repositories');
    expect(assumeRoleRequests).toHaveLength(1);
  });

  it("uses the SDK's default credential chain for a user without profile or role", async () => {
    const listed = await console_.as('me')('/api/repositories');
    expect(listed.status).toBe(200);
    const refused = await console_.json('me', 'POST', '/api/repositories', {
      repositoryName: 'mine',
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('user/reader');
  });
});
