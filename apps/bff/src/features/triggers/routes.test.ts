import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { caller } from '../pull-requests/review-fixture.ts';
import { git } from '../../testing/git.ts';

let console_: TestConsole;
let call: ReturnType<typeof caller>;
let workDir: string;
const repo = '/api/repositories/triggered';
const topic = 'arn:aws:sns:us-east-1:123456789012:builds';

beforeAll(async () => {
  console_ = await startTestConsole();
  call = caller(console_);
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-triggers-'));
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'triggered' });
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

const builds = { name: 'builds', destinationArn: topic, events: ['all'], branches: [] };

describe('repository triggers', () => {
  it('saves, lists and tests a trigger', async () => {
    const saved = await call('developer', 'PUT', `${repo}/triggers`, { triggers: [builds] });
    expect(saved.status).toBe(200);
    expect(saved.body.configurationId).toEqual(expect.any(String));
    const listed = await call('reader', 'GET', `${repo}/triggers`);
    expect(listed.body.triggers).toEqual([
      expect.objectContaining({ name: 'builds', destinationArn: topic, events: ['all'] }),
    ]);
    const tested = await call('developer', 'POST', `${repo}/triggers/test`, { triggers: [builds] });
    expect(tested.body).toEqual({ successfulExecutions: ['builds'], failedExecutions: [] });
  });

  it('refuses a destination that is neither SNS nor Lambda, and "all" with other events', async () => {
    const badArn = await call('developer', 'PUT', `${repo}/triggers`, {
      triggers: [{ ...builds, destinationArn: 'arn:aws:s3:::bucket' }],
    });
    expect(badArn.status).toBe(400);
    expect(badArn.body.error).toMatch(/^triggers\.0\.destinationArn: /);
    const lambda = await call('developer', 'POST', `${repo}/triggers/test`, {
      triggers: [
        { ...builds, destinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:notify:prod' },
      ],
    });
    expect(lambda.status).toBe(200);
    const mixed = await call('developer', 'PUT', `${repo}/triggers`, {
      triggers: [{ ...builds, events: ['all', 'createReference'] }],
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error).toMatch(/^triggers\.0\.events: /);
  });

  it('shows the deliveries the emulator recorded for a push', async () => {
    const listed = await call('reader', 'GET', `${repo}/triggers`);
    expect((listed.body.triggers as unknown[]).length).toBe(1);
    const { body } = await call('admin', 'GET', '/api/repositories/triggered');
    const cloneUrl = (body.repository as { cloneUrlHttp: string }).cloneUrlHttp;
    await git(workDir, ['clone', '--quiet', cloneUrl, 'work']);
    const work = path.join(workDir, 'work');
    await git(work, ['checkout', '--quiet', '-b', 'main']);
    await writeFile(path.join(work, 'a.txt'), 'a\n');
    await git(work, ['add', '.']);
    await git(work, ['commit', '--quiet', '-m', 'a']);
    await git(work, ['push', '--quiet', 'origin', 'main']);
    const deliveries = await call('reader', 'GET', `${repo}/trigger-deliveries`);
    expect(deliveries.body.available).toBe(true);
    expect(deliveries.body.deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          triggerName: 'builds',
          destinationArn: topic,
          repositoryName: 'triggered',
        }),
      ]),
    );
  });

  it('shows the EventBridge events the emulator recorded for that push', async () => {
    const events = await call('reader', 'GET', `${repo}/event-deliveries`);
    expect(events.status).toBe(200);
    expect(events.body.available).toBe(true);
    expect(events.body.deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          repositoryName: 'triggered',
          detailType: 'CodeCommit Repository State Change',
          eventName: 'referenceCreated',
          event: expect.objectContaining({
            source: 'aws.codecommit',
            detail: expect.objectContaining({ referenceName: 'main', referenceType: 'branch' }),
          }),
        }),
      ]),
    );
  });

  it('says plainly when the endpoint keeps no deliveries', async () => {
    const endpoint = process.env.AWS_ENDPOINT_URL_CODECOMMIT;
    try {
      // Nothing listens on the discard port: as with AWS, there is no record to show.
      process.env.AWS_ENDPOINT_URL_CODECOMMIT = 'http://127.0.0.1:9';
      const missing = await call('reader', 'GET', `${repo}/trigger-deliveries`);
      expect(missing.body).toEqual({
        available: false,
        reason: 'http://127.0.0.1:9 did not answer for recorded deliveries.',
      });
    } finally {
      process.env.AWS_ENDPOINT_URL_CODECOMMIT = endpoint;
    }
  });

  it('leaves triggers to those IAM lets change them', async () => {
    const refused = await call('reader', 'PUT', `${repo}/triggers`, { triggers: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('codecommit:PutRepositoryTriggers');
    expect((await call('reader', 'GET', `${repo}/triggers/permissions`)).body).toEqual({
      write: false,
    });
    expect((await call('developer', 'GET', `${repo}/triggers/permissions`)).body).toEqual({
      write: true,
    });
    const cleared = await call('developer', 'PUT', `${repo}/triggers`, { triggers: [] });
    expect(cleared.status).toBe(200);
    expect((await call('reader', 'GET', `${repo}/triggers`)).body.triggers).toEqual([]);
  });
});
