import {
  CodeCommitClient,
  CreateRepositoryCommand,
  GetRepositoryCommand,
  ListRepositoriesCommand,
} from '@aws-sdk/client-codecommit';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'protocol' }));
});
afterAll(() => emulator.close());

interface WireRequest {
  headers: Record<string, string>;
  body?: unknown;
}

/** An admin client whose requests are changed before signing (build) or after (deserialize). */
function clientChanging(
  step: 'build' | 'deserialize',
  change: (request: WireRequest) => void,
): CodeCommitClient {
  const client = emulator.client();
  const adjust = (request: WireRequest): void => {
    change(request);
    if (typeof request.body === 'string') {
      request.headers['content-length'] = String(Buffer.byteLength(request.body));
    }
  };
  if (step === 'build') {
    client.middlewareStack.add(
      (next) => (args) => (adjust(args.request as WireRequest), next(args)),
      { step: 'build' },
    );
  } else {
    client.middlewareStack.add(
      (next) => (args) => (adjust(args.request as WireRequest), next(args)),
      { step: 'deserialize' },
    );
  }
  return client;
}

function keysOf(
  user: 'admin' | 'developer' | 'reader',
  change: Partial<{ accessKeyId: string; secretAccessKey: string }> = {},
) {
  const { accessKeyId, secretAccessKey } = emulator.user(user);
  return { accessKeyId, secretAccessKey, ...change };
}

const clientWith = (options: ConstructorParameters<typeof CodeCommitClient>[0]): CodeCommitClient =>
  new CodeCommitClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: keysOf('admin'),
    ...options,
  });

describe('SigV4 on every API call', () => {
  it('answers MissingAuthenticationTokenException (403) to an unsigned call', async () => {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'CodeCommit_20150413.ListRepositories',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await response.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('answers UnrecognizedClientException to an unknown access key', async () => {
    const client = clientWith({
      credentials: keysOf('admin', { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA' }),
    });
    await expect(client.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
  });

  it('answers InvalidSignatureException to a wrong secret and to a body changed after signing', async () => {
    const wrongSecret = clientWith({
      credentials: keysOf('admin', { secretAccessKey: 'x'.repeat(40) }),
    });
    await expect(wrongSecret.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringContaining(
        'The request signature we calculated does not match the signature you provided.',
      ),
    });
    const tampered = clientChanging('deserialize', (request) => {
      request.body = JSON.stringify({ repositoryName: 'other' });
    });
    await expect(
      tampered.send(new GetRepositoryCommand({ repositoryName: 'protocol' })),
    ).rejects.toMatchObject({ name: 'InvalidSignatureException' });
  });

  it('refuses a request signed more than 15 minutes before or after now', async () => {
    const late = clientWith({ systemClockOffset: -16 * 60 * 1000 });
    await expect(late.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than/),
    });
    const early = clientWith({ systemClockOffset: 16 * 60 * 1000 });
    await expect(early.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/^Signature not yet current/),
    });
    const slightlyOff = clientWith({ systemClockOffset: -5 * 60 * 1000 });
    await expect(slightlyOff.send(new ListRepositoriesCommand({}))).resolves.toHaveProperty(
      'repositories',
    );
  });

  it('refuses a signature scoped to a region outside the aws partition', async () => {
    const client = clientWith({ region: 'xx-nowhere-1' });
    await expect(client.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringContaining("not 'xx-nowhere-1'"),
    });
  });
});

describe('AWS JSON 1.1 protocol', () => {
  it('answers SerializationException to a body that is not JSON or has the wrong types', async () => {
    const notJson = clientChanging('build', (request) => {
      request.body = '{"repositoryName": ';
    });
    await expect(
      notJson.send(new GetRepositoryCommand({ repositoryName: 'protocol' })),
    ).rejects.toMatchObject({ name: 'SerializationException', $metadata: { httpStatusCode: 400 } });
    const wrongType = clientChanging('build', (request) => {
      request.body = '{"repositoryName": 42}';
    });
    await expect(
      wrongType.send(new GetRepositoryCommand({ repositoryName: 'protocol' })),
    ).rejects.toMatchObject({
      name: 'SerializationException',
      message: 'repositoryName must be a string.',
    });
  });

  it('answers UnknownOperationException to a target that is no CodeCommit operation', async () => {
    const client = clientChanging('build', (request) => {
      request.headers['x-amz-target'] = 'CodeCommit_20150413.MakeCoffee';
    });
    await expect(client.send(new ListRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'UnknownOperationException',
    });
  });

  it('refuses a body over 10 MB with 413 before reading it all', async () => {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'CodeCommit_20150413.PutFile',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: 'x'.repeat(11 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { __type: string }).__type).toBe(
      'RequestEntityTooLargeException',
    );
  });

  it('serializes dates as epoch seconds and leaves out absent members', async () => {
    const body = JSON.stringify({ repositoryName: 'protocol' });
    let raw = '';
    const client = emulator.client();
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const response = result.response as { body: AsyncIterable<Uint8Array> };
        const chunks: Buffer[] = [];
        for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
        raw = Buffer.concat(chunks).toString('utf8');
        (result.response as { body: unknown }).body = Readable.from([Buffer.from(raw)]);
        return result;
      },
      { step: 'deserialize', priority: 'low' },
    );
    await client.send(new GetRepositoryCommand(JSON.parse(body) as { repositoryName: string }));
    const metadata = (JSON.parse(raw) as { repositoryMetadata: Record<string, unknown> })
      .repositoryMetadata;
    expect(typeof metadata.creationDate).toBe('number');
    expect(Math.abs((metadata.creationDate as number) - Date.now() / 1000)).toBeLessThan(600);
    expect(Object.keys(metadata)).not.toContain('defaultBranch');
    expect(Object.keys(metadata)).not.toContain('repositoryDescription');
  });
});
