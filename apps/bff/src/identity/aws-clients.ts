import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  fromIni,
  fromNodeProviderChain,
  fromTemporaryCredentials,
} from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsIdentity } from './aws-identity.ts';
import { configuredEndpoint } from './configured-endpoint.ts';

/** Temporary credentials are asked for with this lifetime; the SDK renews them 5 minutes before they end. */
const SESSION_SECONDS = 3600;

/**
 * The credentials for an AWS identity. Endpoint and region come only from the SDK's standard
 * settings (AWS_REGION, AWS_ENDPOINT_URL_*, a profile's region and endpoint_url), for STS as
 * for CodeCommit, so the same code reaches AWS or a local CodeCommit with its STS.
 */
export function credentialsFor(
  identity: AwsIdentity,
  webIdentityToken?: () => Promise<string>,
): AwsCredentialIdentityProvider {
  switch (identity.kind) {
    case 'profile':
      return fromIni({ profile: identity.profile });
    case 'assumeRole':
      return fromTemporaryCredentials({
        params: {
          RoleArn: identity.roleArn,
          RoleSessionName: identity.roleSessionName,
          SourceIdentity: identity.sourceIdentity,
          DurationSeconds: SESSION_SECONDS,
        },
      });
    case 'webIdentity':
      return async (): Promise<AwsCredentialIdentity> => {
        if (!webIdentityToken) throw new Error('No ID token to assume the role with');
        // An unsigned call: this client needs no credentials. Asked about once an hour.
        const sts = new STSClient({});
        const { Credentials } = await sts
          .send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: identity.roleArn,
              RoleSessionName: identity.roleSessionName,
              WebIdentityToken: await webIdentityToken(),
              DurationSeconds: SESSION_SECONDS,
            }),
          )
          .finally(() => sts.destroy());
        if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
          throw new Error('STS answered AssumeRoleWithWebIdentity without credentials');
        return {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        };
      };
    case 'defaultCredentials':
      return fromNodeProviderChain();
  }
}

/**
 * A profile names its own region and endpoint_url. The SDK reads the region when told the
 * profile, but the endpoint only from the default profile, so that one is looked up here.
 */
export async function profileSettings(
  identity: AwsIdentity,
  service: { envName: string; configKey: string },
): Promise<{ profile?: string; endpoint?: string }> {
  if (identity.kind !== 'profile') return {};
  const endpoint = await configuredEndpoint(service.envName, service.configKey, identity.profile);
  return { profile: identity.profile, ...(endpoint ? { endpoint } : {}) };
}

export async function stsClientFor(
  identity: AwsIdentity,
  credentials: AwsCredentialIdentityProvider,
): Promise<STSClient> {
  const settings = await profileSettings(identity, { envName: 'STS', configKey: 'sts' });
  return new STSClient({ ...settings, credentials });
}
