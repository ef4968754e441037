import { ListRepositoriesCommand, CodeCommitClient } from '@aws-sdk/client-codecommit';
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { aws } from './run.ts';
import { startTestIssuer, type TestIssuer } from './oidc-issuer.ts';

const account = '123456789012';
const roleArn = (name: string) => `arn:aws:iam::${account}:role/${name}`;

let issuer: TestIssuer;
let stranger: TestIssuer;
let emulator: TestEmulator;
/** The emulator's clock stands still at this instant; tokens are dated against it. */
const now = new Date('2030-01-01T00:00:00Z');
const nowSeconds = () => now.getTime() / 1000;
const clients: STSClient[] = [];

beforeAll(async () => {
  issuer = await startTestIssuer();
  // A second issuer that no IAM OIDC provider of the emulator names.
  stranger = await startTestIssuer();
  emulator = await startTestEmulator({
    clock: () => now,
    emulatorJson: {
      users: [],
      openIdConnectProviders: [{ url: issuer.url, clientIds: ['console', 'ci'] }],
      roles: [
        {
          roleName: 'CodeCommitDeveloper',
          policy: 'AWSCodeCommitPowerUser',
          trust: { users: ['admin'], webIdentity: { issuer: issuer.url, audiences: ['console'] } },
        },
        { roleName: 'CodeCommitAdmin', policy: 'AWSCodeCommitFullAccess', trust: { users: [] } },
      ],
    },
  });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await emulator.close();
  await issuer.close();
  await stranger.close();
});

/** An STS client without AWS credentials, as a browser-facing app would hold. */
const anonymousSts = (): STSClient => {
  const client = new STSClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    maxAttempts: 1,
    // No credentials: AssumeRoleWithWebIdentity is an unsigned call, so the SDK asks for none.
    credentials: () => Promise.reject(new Error('AssumeRoleWithWebIdentity must not be signed')),
  });
  clients.push(client);
  return client;
};

const claims = (overrides: Record<string, unknown> = {}) => ({
  sub: 'alice-subject',
  aud: 'console',
  iat: nowSeconds() - 10,
  exp: nowSeconds() + 600,
  email: 'alice@example.com',
  ...overrides,
});

const assumeWith = (token: string, role = 'CodeCommitDeveloper') =>
  anonymousSts().send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn(role),
      RoleSessionName: 'alice',
      WebIdentityToken: token,
    }),
  );

describe('AssumeRoleWithWebIdentity', () => {
  it('accepts an ID token of a trusted issuer and audience (RS256 and ES256)', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const answer = await assumeWith(await issuer.idToken(claims(), { alg }));
      expect(answer).toMatchObject({
        SubjectFromWebIdentityToken: 'alice-subject',
        Audience: 'console',
        Provider: issuer.url,
        AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice` },
      });
      expect(answer.Credentials?.AccessKeyId).toMatch(/^ASIA/);

      const credentials = {
        accessKeyId: answer.Credentials?.AccessKeyId ?? '',
        secretAccessKey: answer.Credentials?.SecretAccessKey ?? '',
        sessionToken: answer.Credentials?.SessionToken ?? '',
      };
      // Signed calls carry the emulator's time, as a client whose clock agrees with AWS's would.
      const systemClockOffset = now.getTime() - Date.now();
      const signed = new STSClient({
        endpoint: emulator.url,
        region: 'us-east-1',
        credentials,
        systemClockOffset,
      });
      clients.push(signed);
      await expect(signed.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
        Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice`,
      });
      const codecommit = new CodeCommitClient({
        endpoint: emulator.url,
        region: 'us-east-1',
        credentials,
        maxAttempts: 1,
        systemClockOffset,
      });
      await expect(codecommit.send(new ListRepositoriesCommand({}))).resolves.toHaveProperty(
        'repositories',
      );
      codecommit.destroy();
    }
  });

  it('answers the AWS CLI, which sends the call unsigned', async () => {
    const answer = await aws<{ AssumedRoleUser: { Arn: string }; Audience: string }>(
      [
        'sts',
        'assume-role-with-web-identity',
        '--role-arn',
        roleArn('CodeCommitDeveloper'),
        '--role-session-name',
        'alice-cli',
        '--web-identity-token',
        await issuer.idToken(claims()),
      ],
      emulator.awsEnv('reader'),
    );
    expect(answer).toMatchObject({
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${account}:assumed-role/CodeCommitDeveloper/alice-cli`,
      },
      Audience: 'console',
    });
  });

  it('accepts a token whose aud lists a trusted client id among others', async () => {
    const answer = await assumeWith(await issuer.idToken(claims({ aud: ['other', 'console'] })));
    expect(answer.Audience).toBe('console');
  });

  it('refuses an audience that is not a client id of the provider', async () => {
    await expect(
      assumeWith(await issuer.idToken(claims({ aud: 'somebody-else' }))),
    ).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: 'Incorrect token audience',
    });
  });

  it('refuses an issuer no OIDC provider names', async () => {
    await expect(assumeWith(await stranger.idToken(claims()))).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: `No OpenIDConnect provider found in your account for ${stranger.url}`,
    });
    // A token claiming the trusted issuer but signed by the stranger's key fails on its signature.
    const claimed = await stranger.idToken({ ...claims(), iss: issuer.url });
    await expect(assumeWith(claimed)).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
    });
  });

  it('refuses an expired token with the expiry in the message', async () => {
    const exp = nowSeconds() - 60;
    await expect(
      assumeWith(await issuer.idToken(claims({ iat: exp - 600, exp }))),
    ).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      message: `Token expired: current date/time ${nowSeconds()} must be before the expiration date/time ${exp}`,
    });
  });

  it('refuses a bad signature, a token not yet valid, and something that is no JWT', async () => {
    await expect(
      assumeWith(await issuer.idToken(claims(), { forged: true })),
    ).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: "The token's signature does not verify with any key of the identity provider.",
    });
    await expect(
      assumeWith(await issuer.idToken(claims({ nbf: nowSeconds() + 3600 }))),
    ).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' });
    await expect(
      assumeWith(await issuer.idToken(claims({ iat: nowSeconds() + 3600 }))),
    ).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' });
    await expect(assumeWith('not.a.token')).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
    });
  });

  it('refuses a role whose trust rule does not name the issuer, and a trusted issuer with an untrusted audience', async () => {
    await expect(
      assumeWith(await issuer.idToken(claims()), 'CodeCommitAdmin'),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      $metadata: { httpStatusCode: 403 },
    });
    // "ci" is a client id of the provider, but the developer role trusts "console" only.
    await expect(assumeWith(await issuer.idToken(claims({ aud: 'ci' })))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    await expect(assumeWith(await issuer.idToken(claims()), 'NoSuchRole')).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });
});
