import {
  CreateRepositoryCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { aws } from './run.ts';

let emulator: TestEmulator;
const resourceArn = 'arn:aws:codecommit:us-east-1:123456789012:tagged';
beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator
    .client()
    .send(new CreateRepositoryCommand({ repositoryName: 'tagged', tags: { team: 'core' } }));
});
afterAll(() => emulator.close());

describe('repository tags', () => {
  it('keeps the tags given at creation, adds, replaces and removes them', async () => {
    const client = emulator.client();
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn }))).tags).toEqual({
      team: 'core',
    });
    await client.send(
      new TagResourceCommand({ resourceArn, tags: { team: 'platform', cost: '42' } }),
    );
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn }))).tags).toEqual({
      team: 'platform',
      cost: '42',
    });
    await client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['team', 'absent'] }));
    const listed = await aws<{ tags: Record<string, string> }>(
      ['codecommit', 'list-tags-for-resource', '--resource-arn', resourceArn],
      emulator.awsEnv('reader'),
    );
    expect(listed.tags).toEqual({ cost: '42' });
  });

  it('answers the errors the model declares', async () => {
    const client = emulator.client();
    await expect(
      client.send(new TagResourceCommand({ resourceArn: 'not-an-arn', tags: { a: 'b' } })),
    ).rejects.toMatchObject({ name: 'InvalidResourceArnException' });
    await expect(
      client.send(
        new TagResourceCommand({
          resourceArn: 'arn:aws:codecommit:us-east-1:123456789012:nobody',
          tags: { a: 'b' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'RepositoryDoesNotExistException',
    });
    await expect(
      client.send(new TagResourceCommand({ resourceArn, tags: {} })),
    ).rejects.toMatchObject({ name: 'TagsMapRequiredException' });
    await expect(
      client.send(new TagResourceCommand({ resourceArn, tags: { 'aws:owner': 'me' } })),
    ).rejects.toMatchObject({ name: 'InvalidSystemTagUsageException' });
    await expect(
      client.send(new TagResourceCommand({ resourceArn, tags: { ['k'.repeat(129)]: 'v' } })),
    ).rejects.toMatchObject({ name: 'InvalidTagsMapException' });
    await expect(
      client.send(new TagResourceCommand({ resourceArn, tags: { k: 'v'.repeat(257) } })),
    ).rejects.toMatchObject({ name: 'InvalidTagsMapException' });
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key${index}`, 'v']));
    await expect(
      client.send(new TagResourceCommand({ resourceArn, tags: many })),
    ).rejects.toMatchObject({ name: 'TooManyTagsException' });
    await expect(
      client.send(new UntagResourceCommand({ resourceArn, tagKeys: [] })),
    ).rejects.toMatchObject({ name: 'TagKeysListRequiredException' });
    await expect(
      client.send(new ListTagsForResourceCommand({ resourceArn: '' })),
    ).rejects.toMatchObject({ name: 'ResourceArnRequiredException' });
  });
});
