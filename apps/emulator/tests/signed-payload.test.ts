import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'kept' }));
});
afterAll(() => emulator.close());

/** A CodeCommit call signed by the SDK's own signer, as a captured request would be. */
async function signedCall(
  body: string,
  options: { applyChecksum?: boolean; headers?: Record<string, string> } = {},
) {
  const url = new URL(emulator.url);
  const signer = new SignatureV4({
    service: 'codecommit',
    region: 'us-east-1',
    credentials: emulator.user('admin'),
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  return signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    query: {},
    headers: {
      host: url.host,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'CodeCommit_20150413.DeleteRepository',
      ...options.headers,
    },
    body,
  });
}

const send = (request: Awaited<ReturnType<typeof signedCall>>, body: string) =>
  fetch(`${emulator.url}/`, {
    method: 'POST',
    headers: request.headers,
    body,
  }).then(async (response) => ({ status: response.status, body: await response.json() }));

describe('the signature covers the body', () => {
  it('accepts a signed request as signed', async () => {
    const body = JSON.stringify({ repositoryName: 'no-such-repository' });
    const answer = await send(await signedCall(body), body);
    // Deleting a repository that does not exist succeeds without an id, as on AWS.
    expect(answer).toEqual({ status: 200, body: {} });
  });

  it('refuses the same signed headers with another body, with and without X-Amz-Content-Sha256', async () => {
    const signedBody = JSON.stringify({ repositoryName: 'no-such-repository' });
    const swapped = JSON.stringify({ repositoryName: 'kept' });

    const withHash = await signedCall(signedBody);
    expect(withHash.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    await expect(send(withHash, swapped)).resolves.toEqual({
      status: 400,
      body: {
        __type: 'InvalidSignatureException',
        message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
      },
    });

    const withoutHash = await signedCall(signedBody, { applyChecksum: false });
    expect(withoutHash.headers['x-amz-content-sha256']).toBeUndefined();
    await expect(send(withoutHash, swapped)).resolves.toMatchObject({
      status: 400,
      body: {
        __type: 'InvalidSignatureException',
        message: expect.stringMatching(/^The request signature we calculated does not match/),
      },
    });

    // The repository the swapped body named is still there.
    const recreated = await emulator
      .client()
      .send(new CreateRepositoryCommand({ repositoryName: 'kept' }))
      .catch((error: Error) => error.name);
    expect(recreated).toBe('RepositoryNameExistsException');
  });

  it('refuses UNSIGNED-PAYLOAD on the JSON API', async () => {
    const body = JSON.stringify({ repositoryName: 'kept' });
    const request = await signedCall(body, {
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    await expect(send(request, body)).resolves.toMatchObject({
      status: 400,
      body: {
        __type: 'InvalidSignatureException',
        message: expect.stringContaining('UNSIGNED-PAYLOAD'),
      },
    });
  });
});

describe('the trigger deliveries endpoint', () => {
  /** GET /_emulator/trigger-deliveries signed by the SDK's signer with the given keys. */
  async function deliveries(credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }) {
    const url = new URL(emulator.url);
    const signed = await new SignatureV4({
      service: 'codecommit',
      region: 'us-east-1',
      credentials,
      sha256: Sha256,
    }).sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: '/_emulator/trigger-deliveries',
      query: { repositoryName: 'kept' },
      headers: { host: url.host },
    });
    const response = await fetch(
      `${emulator.url}/_emulator/trigger-deliveries?repositoryName=kept`,
      {
        headers: signed.headers,
      },
    );
    return { status: response.status, body: await response.json() };
  }

  it('checks the session token as an API call does', async () => {
    const admin = emulator.user('admin');
    await expect(deliveries(admin)).resolves.toEqual({ status: 200, body: { deliveries: [] } });
    await expect(deliveries({ ...admin, sessionToken: 'FwoGZXIvYXdzEBogus' })).resolves.toEqual({
      status: 400,
      body: {
        __type: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      },
    });
  });
});
