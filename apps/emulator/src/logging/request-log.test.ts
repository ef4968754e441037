import {
  CodeCommitClient,
  GetRepositoryCommand,
  ListRepositoriesCommand,
} from '@aws-sdk/client-codecommit';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmulator } from '../index.ts';
import { createEmulatorLogger } from './request-log.ts';

let dataDir: string;
let running: Awaited<ReturnType<typeof startEmulator>>;
const raw: string[] = [];
const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'emulator-log-'));
  running = await startEmulator({
    dataDir,
    port: 0,
    logger: createEmulatorLogger('info', { write: (line) => void raw.push(line) }),
  });
});
afterAll(async () => {
  await running.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('one line per API operation: operation, caller key, status, AWS error type, duration', async () => {
  const reader = running.emulator.users.find((user) => user.userName === 'reader')!;
  const client = new CodeCommitClient({
    endpoint: running.url,
    region: 'us-east-1',
    credentials: { accessKeyId: reader.accessKeyId, secretAccessKey: reader.secretAccessKey },
  });
  await client.send(new ListRepositoriesCommand({}));
  await expect(
    client.send(new GetRepositoryCommand({ repositoryName: 'nowhere' })),
  ).rejects.toThrow();
  expect(lines()).toEqual([
    expect.objectContaining({
      name: 'emulator',
      service: 'codecommit',
      operation: 'ListRepositories',
      accessKeyId: reader.accessKeyId,
      req: { method: 'POST', path: '/' },
      res: { status: 200 },
      responseTime: expect.any(Number),
      reqId: expect.any(String),
      msg: 'ListRepositories 200',
    }),
    expect.objectContaining({
      operation: 'GetRepository',
      res: { status: 400, errorType: 'RepositoryDoesNotExistException' },
    }),
  ]);
  expect(raw.join('')).not.toContain(reader.secretAccessKey);
});

test('one line per git service, naming the repository, and never the password', async () => {
  raw.length = 0;
  const password = '20260101T000000Zdeadbeefsecret';
  const response = await fetch(`${running.url}/v1/repos/shop/info/refs?service=git-upload-pack`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`AKIAGITUSER:${password}`).toString('base64')}`,
    },
  });
  await response.arrayBuffer();
  expect(lines()).toEqual([
    expect.objectContaining({
      service: 'git',
      operation: 'git-upload-pack',
      repositoryName: 'shop',
      accessKeyId: 'AKIAGITUSER',
      res: expect.objectContaining({ status: response.status }),
    }),
  ]);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(raw.join('')).not.toContain(password);
});

test('a Query call names its service and Action from the body: sts or iam, never a guess', async () => {
  raw.length = 0;
  const developer = running.emulator.users.find((user) => user.userName === 'developer')!;
  const credentials = {
    accessKeyId: developer.accessKeyId,
    secretAccessKey: developer.secretAccessKey,
  };
  await new STSClient({ endpoint: running.url, region: 'us-east-1', credentials }).send(
    new GetCallerIdentityCommand({}),
  );
  // The AWS CLI signs IAM with the service name iam, and sends its calls to the same path.
  await promisify(execFile)(
    'aws',
    ['iam', 'list-ssh-public-keys', '--user-name', 'developer', '--endpoint-url', running.url],
    {
      env: {
        PATH: process.env.PATH,
        HOME: dataDir,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_DEFAULT_REGION: 'us-east-1',
      },
    },
  );
  expect(lines()).toEqual([
    expect.objectContaining({
      service: 'sts',
      operation: 'GetCallerIdentity',
      res: { status: 200 },
      msg: 'GetCallerIdentity 200',
    }),
    expect.objectContaining({
      service: 'iam',
      operation: 'ListSSHPublicKeys',
      res: { status: 200 },
      msg: 'ListSSHPublicKeys 200',
    }),
  ]);
});
