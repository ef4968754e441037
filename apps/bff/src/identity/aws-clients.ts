import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  fromIni,
  fromNodeProviderChain,
  fromTemporaryCredentials,
} from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsIdentity } from './aws-identity.ts';

/** Temporary credentials are asked for with this lifetime; the SDK renews them 5 minutes before they end. */
const SESSION_SECONDS = 3600;

/** STS for AssumeRoleWithWebIdentity: an unsigned call, so no credentials at all. */
let anonymousSts: STSClient | undefined;

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
        anonymousSts ??= new STSClient({});
        const { Credentials } = await anonymousSts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: identity.roleArn,
            RoleSessionName: identity.roleSessionName,
            WebIdentityToken: await webIdentityToken(),
            DurationSeconds: SESSION_SECONDS,
          }),
        );
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

/** A profile names its own region and endpoint_url; the SDK reads them when told the profile. */
export const profileOf = (identity: AwsIdentity) =>
  identity.kind === 'profile' ? { profile: identity.profile } : {};

export function stsClientFor(
  identity: AwsIdentity,
  credentials: AwsCredentialIdentityProvider,
): STSClient {
  return new STSClient({ ...profileOf(identity), credentials });
}
