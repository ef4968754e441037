import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  CreateBranchCommand,
  DeleteBranchCommand,
  GetRepositoryCommand,
  GetRepositoryTriggersCommand,
  PutRepositoryTriggersCommand,
  TestRepositoryTriggersCommand,
  type RepositoryTrigger,
} from '@aws-sdk/client-codecommit';
import { SignatureV4 } from '@smithy/signature-v4';
import type { TriggerDelivery } from '../src/triggers/trigger-store.ts';
import type { TriggerPayload } from '../src/triggers/payload.ts';
import {
  putFile,
  seedRepository,
  reviewEmulatorForFile,
  tipOf,
} from './review-workflow-fixture.ts';

const run = promisify(execFile);
const repositoryName = 'triggered';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:builds';
const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:on-release';

let receiver: Server;
let receiverUrl: string;
let work: string;
const received: { path: string; payload: TriggerPayload }[] = [];
const waiting: Array<() => void> = [];

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const body = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
};

/** Resolves when the receiver has had `count` POSTs in all. */
const receivedCount = (count: number): Promise<void> =>
  received.length >= count
    ? Promise.resolve()
    : new Promise((resolve) => waiting.push(() => received.length >= count && resolve()));

/** GET of the emulator's deliveries, signed as `user` (unsigned when no user is given). */
const getDeliveries = async (
  user?: 'admin' | 'reader',
  query = `repositoryName=${repositoryName}`,
) => {
  const url = new URL(`/_emulator/trigger-deliveries?${query}`, review.emulator.url);
  let headers: Record<string, string> = {};
  if (user) {
    const client = review[user];
    const signed = await new SignatureV4({
      service: 'codecommit',
      region: 'us-east-1',
      credentials: client.config.credentials,
      sha256: client.config.sha256,
    }).sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { host: url.host },
    });
    const { host: _host, ...rest } = signed.headers;
    headers = rest;
  }
  return fetch(url, { headers });
};

const deliveries = async (): Promise<TriggerDelivery[]> =>
  ((await (await getDeliveries('reader')).json()) as { deliveries: TriggerDelivery[] }).deliveries;

const mapDestinations = async (map: Record<string, string>): Promise<void> => {
  const file = path.join(review.emulator.dataDir, 'emulator.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...config, triggerDestinations: map }, null, 2));
};

const triggers: RepositoryTrigger[] = [
  {
    name: 'every-change',
    destinationArn: TOPIC,
    events: ['all'],
    branches: [],
    customData: 'build please',
  },
  {
    name: 'new-release',
    destinationArn: FUNCTION,
    events: ['createReference'],
    branches: ['release'],
  },
];

const review = reviewEmulatorForFile(({ admin }) => seedRepository(admin, repositoryName, []));
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-triggers-'));
  receiver = createServer((req, res) => {
    void body(req).then((text) => {
      received.push({ path: req.url ?? '', payload: JSON.parse(text) as TriggerPayload });
      res.end('ok');
      for (const wake of waiting) wake();
    });
  });
  receiverUrl = await listen(receiver);
});
afterAll(async () => {
  receiver.close();
  await rm(work, { recursive: true, force: true });
});

describe('repository triggers', () => {
  test('are stored with a configuration id, and checked as CodeCommit checks them', async () => {
    const { admin, developer, reader } = review;
    expect(
      await developer.send(new GetRepositoryTriggersCommand({ repositoryName })),
    ).toMatchObject({ configurationId: '', triggers: [] });
    const { configurationId } = await developer.send(
      new PutRepositoryTriggersCommand({ repositoryName, triggers }),
    );
    expect(configurationId).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await developer.send(new GetRepositoryTriggersCommand({ repositoryName }));
    expect(stored).toMatchObject({
      configurationId,
      triggers: [{ ...triggers[0] }, { ...triggers[1], customData: '' }],
    });

    const put = (list: RepositoryTrigger[]) =>
      admin.send(new PutRepositoryTriggersCommand({ repositoryName, triggers: list }));
    const one = (changes: Partial<RepositoryTrigger>): RepositoryTrigger[] => [
      { name: 't', destinationArn: TOPIC, events: ['all'], ...changes },
    ];
    await expect(
      put(Array.from({ length: 11 }, (_, index) => one({ name: `t${index}` })).flat()),
    ).rejects.toMatchObject({ name: 'MaximumRepositoryTriggersExceededException' });
    await expect(put(one({ destinationArn: 'arn:aws:s3:::bucket' }))).rejects.toMatchObject({
      name: 'InvalidRepositoryTriggerDestinationArnException',
    });
    await expect(
      put(one({ destinationArn: 'arn:aws:sns:eu-west-1:123456789012:builds' })),
    ).rejects.toMatchObject({ name: 'InvalidRepositoryTriggerRegionException' });
    await expect(put(one({ events: ['all', 'createReference'] }))).rejects.toMatchObject({
      name: 'InvalidRepositoryTriggerEventsException',
    });
    await expect(put(one({ customData: 'x'.repeat(1001) }))).rejects.toMatchObject({
      name: 'InvalidRepositoryTriggerCustomDataException',
    });
    await expect(put(one({ branches: ['bad..name'] }))).rejects.toMatchObject({
      name: 'InvalidRepositoryTriggerBranchNameException',
    });
    await expect(put([...one({}), ...one({})])).rejects.toMatchObject({
      name: 'InvalidRepositoryTriggerNameException',
    });
    await expect(
      reader.send(new PutRepositoryTriggersCommand({ repositoryName, triggers })),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(
      (await developer.send(new GetRepositoryTriggersCommand({ repositoryName }))).configurationId,
    ).toBe(configurationId);
  });

  test('fire on API writes and pushes that match, in the shape SNS and Lambda receive, POSTed where the config says', async () => {
    const { admin, developer, emulator } = review;
    await mapDestinations({ [TOPIC]: `${receiverUrl}/builds` });
    const before = received.length;
    const commit = await putFile(developer, repositoryName, 'main', 'trigger.txt', 'fire\n');
    await receivedCount(before + 1);
    const { repositoryMetadata } = await admin.send(new GetRepositoryCommand({ repositoryName }));
    expect(received[before]).toEqual({
      path: '/builds',
      payload: {
        Records: [
          {
            awsRegion: 'us-east-1',
            codecommit: { references: [{ ref: 'refs/heads/main', commit }] },
            customData: 'build please',
            eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            eventName: 'ReferenceChanges',
            eventPartNumber: 1,
            eventSource: 'aws:codecommit',
            eventSourceARN: repositoryMetadata?.Arn,
            eventTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/),
            eventTotalParts: 1,
            eventTriggerConfigId: (
              await developer.send(new GetRepositoryTriggersCommand({ repositoryName }))
            ).configurationId,
            eventTriggerName: 'every-change',
            eventVersion: '1.0',
            userIdentityARN: emulator.user('developer').arn,
          },
        ],
      },
    });

    await admin.send(
      new CreateBranchCommand({ repositoryName, branchName: 'release', commitId: commit }),
    );
    await receivedCount(before + 2);
    expect(received[before + 1]?.payload.Records[0]?.codecommit.references).toEqual([
      { ref: 'refs/heads/release', commit, created: true },
    ]);
    const releases = (await deliveries()).filter(
      (delivery) => delivery.triggerName === 'new-release',
    );
    expect(releases).toMatchObject([
      {
        destinationArn: FUNCTION,
        eventName: 'ReferenceChanges',
        delivery: { status: 'recorded' },
        payload: {
          Records: [{ codecommit: { references: [{ ref: 'refs/heads/release', created: true }] } }],
        },
      },
    ]);

    const clone = path.join(work, 'clone');
    const env = emulator.awsEnv('developer');
    await run('git', ['clone', '--quiet', repositoryMetadata?.cloneUrlHttp ?? '', clone], { env });
    await run('git', ['push', '--quiet', 'origin', 'HEAD:refs/heads/pushed'], { cwd: clone, env });
    await receivedCount(before + 3);
    expect(received[before + 2]?.payload.Records[0]).toMatchObject({
      codecommit: { references: [{ ref: 'refs/heads/pushed', commit, created: true }] },
      userIdentityARN: emulator.user('developer').arn,
    });
    await admin.send(new DeleteBranchCommand({ repositoryName, branchName: 'pushed' }));
    await receivedCount(before + 4);
    expect(received[before + 3]?.payload.Records[0]?.codecommit.references).toEqual([
      { ref: 'refs/heads/pushed', commit, deleted: true },
    ]);
    expect(
      (await deliveries()).filter((delivery) => delivery.triggerName === 'new-release').length,
    ).toBe(1);
  });

  test('TestRepositoryTriggers sends a test event and reports destinations that fail', async () => {
    const { developer } = review;
    const unreachable = createServer();
    const closedUrl = await listen(unreachable);
    unreachable.close();
    await mapDestinations({ [TOPIC]: `${receiverUrl}/test`, [FUNCTION]: closedUrl });
    const before = received.length;
    const result = await developer.send(
      new TestRepositoryTriggersCommand({ repositoryName, triggers }),
    );
    expect(result.successfulExecutions).toEqual(['every-change']);
    expect(result.failedExecutions).toMatchObject([
      { trigger: 'new-release', failureMessage: expect.stringContaining(closedUrl) },
    ]);
    expect(received[before]?.payload.Records[0]).toMatchObject({
      eventName: 'TriggerEventTest',
      codecommit: {
        references: [
          { ref: 'refs/heads/main', commit: await tipOf(developer, repositoryName, 'main') },
        ],
      },
    });
    const tests = (await deliveries()).filter(
      (delivery) => delivery.eventName === 'TriggerEventTest',
    );
    expect(tests.map((delivery) => [delivery.triggerName, delivery.delivery.status])).toEqual([
      ['every-change', 'delivered'],
      ['new-release', 'failed'],
    ]);
  });

  test('deliveries are shown only to a signed caller who may read the triggers', async () => {
    const unsigned = await getDeliveries();
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
    const forged = await fetch(
      new URL(
        `/_emulator/trigger-deliveries?repositoryName=${repositoryName}`,
        review.emulator.url,
      ),
      {
        headers: {
          Authorization: `AWS4-HMAC-SHA256 Credential=${review.emulator.user('reader').accessKeyId}/20260101/us-east-1/codecommit/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
          'X-Amz-Date': new Date()
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d{3}/, ''),
        },
      },
    );
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ __type: 'InvalidSignatureException' });
    const nameless = await getDeliveries('reader', '');
    expect(nameless.status).toBe(400);
    expect(await nameless.json()).toMatchObject({ __type: 'RepositoryNameRequiredException' });
    const signed = await getDeliveries('admin');
    expect(signed.status).toBe(200);
    expect(signed.headers.get('cache-control')).toBe('no-store');
  });
});
