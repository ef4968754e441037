import { CodeCommitClient } from '@aws-sdk/client-codecommit';
import type { Actor } from '../identity/actor.ts';
import { credentialsFor, profileSettings } from '../identity/aws-clients.ts';

/**
 * A CodeCommit client acting as one person. Endpoint, region, retries and files come only from
 * the SDK's standard settings (AWS_ENDPOINT_URL_CODECOMMIT, AWS_REGION, AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE, AWS_MAX_ATTEMPTS, a profile's own region and endpoint_url), so
 * the same code talks to AWS or to a local CodeCommit.
 */
export async function createCodeCommitClient(
  actor: Pick<Actor, 'identity' | 'webIdentityToken' | 'region'>,
): Promise<CodeCommitClient> {
  return new CodeCommitClient({
    ...(await profileSettings(actor.identity, { envName: 'CODECOMMIT', configKey: 'codecommit' })),
    credentials: credentialsFor(actor.identity, actor.webIdentityToken),
    ...(actor.region ? { region: actor.region } : {}),
  });
}
