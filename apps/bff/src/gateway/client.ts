import { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { fromIni, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { ConsoleUser } from '../config/console-users.ts';

/**
 * A CodeCommit client acting as one console user. Endpoint, region, retries and files come
 * only from the SDK's standard settings (AWS_ENDPOINT_URL_CODECOMMIT, AWS_REGION,
 * AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_MAX_ATTEMPTS, the profile's own
 * region and endpoint_url), so the same code talks to AWS or to a local CodeCommit.
 */
export function createCodeCommitClient(user: ConsoleUser): CodeCommitClient {
  if (user.profile) {
    return new CodeCommitClient({
      profile: user.profile,
      credentials: fromIni({ profile: user.profile }),
    });
  }
  if (user.roleArn) {
    return new CodeCommitClient({
      credentials: fromTemporaryCredentials({
        params: { RoleArn: user.roleArn, RoleSessionName: user.userName },
      }),
    });
  }
  return new CodeCommitClient({});
}
