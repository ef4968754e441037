import type { CloneSettings } from '@cc/shared/repositories';
import type { AwsIdentity } from '../../identity/aws-identity.ts';

const isAwsEndpoint = (endpoint: string): boolean => {
  try {
    return new URL(endpoint).hostname.endsWith('.amazonaws.com');
  } catch {
    return false;
  }
};

/**
 * What a person needs beside a repository's clone URLs for the console's clone commands to work
 * as printed, read from the settings AWS's own tools read: the console's named profile, and for
 * an endpoint that is not AWS's (AWS_ENDPOINT_URL_CODECOMMIT), the shared config files,
 * git-remote-codecommit's CODE_COMMIT_ENDPOINT and the CA bundle that endpoint's TLS needs.
 * File paths and names only: never a key or a token.
 *
 * @example
 * cloneSettings(process.env, session.identity);
 */
export function cloneSettings(
  env: NodeJS.ProcessEnv,
  identity: AwsIdentity | undefined,
): CloneSettings {
  const endpoint = env.AWS_ENDPOINT_URL_CODECOMMIT ?? env.AWS_ENDPOINT_URL;
  const local = endpoint !== undefined && !isAwsEndpoint(endpoint);
  const settings: CloneSettings = {};
  if (identity?.kind === 'profile') settings.profile = identity.profile;
  if (!local) return settings;
  if (env.AWS_CONFIG_FILE) settings.awsConfigFile = env.AWS_CONFIG_FILE;
  if (env.AWS_SHARED_CREDENTIALS_FILE)
    settings.awsSharedCredentialsFile = env.AWS_SHARED_CREDENTIALS_FILE;
  if (env.CODE_COMMIT_ENDPOINT) settings.codeCommitEndpoint = env.CODE_COMMIT_ENDPOINT;
  if (env.AWS_CA_BUNDLE) settings.caBundle = env.AWS_CA_BUNDLE;
  return settings;
}
