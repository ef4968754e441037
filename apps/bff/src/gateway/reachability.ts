import { CodeCommitClient, GetRepositoryCommand } from '@aws-sdk/client-codecommit';
import type { AwsIdentity } from '../identity/aws-identity.ts';
import { createCodeCommitClient } from './client.ts';

/** Answers saying CodeCommit did not accept the signature: the identity, not the service, is wrong. */
const NOT_AUTHENTICATED =
  /^(UnrecognizedClient|InvalidSignature|ExpiredToken|InvalidClientTokenId|MissingAuthenticationToken|SignatureDoesNotMatch|IncompleteSignature)(Exception)?$/;

/** Whether a repository of this name exists does not matter: only that AWS answers. */
const PROBE_REPOSITORY = 'console-readiness-probe';

interface Failure {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Asks CodeCommit one question that changes nothing (GetRepository of a repository that need not
 * exist) as `identity`, and resolves with what the answer shows: CodeCommit is reachable and
 * accepts the identity's signature. "Does not exist" and "access denied" both count: AWS checks
 * the signature first. Without an identity (every person assumes a role with their own ID
 * token) the call is signed with no real credentials and any AWS answer shows reachability.
 * Rejects, naming the cause, when CodeCommit cannot be reached or refuses the credentials.
 */
export function codeCommitProbe(
  identity: AwsIdentity | undefined,
  timeoutMs = 5000,
): () => Promise<string> {
  let client: Promise<CodeCommitClient> | undefined;
  return async () => {
    client ??= identity
      ? createCodeCommitClient({ identity })
      : Promise.resolve(
          new CodeCommitClient({
            credentials: { accessKeyId: 'NONE', secretAccessKey: 'none' },
            maxAttempts: 1,
          }),
        );
    try {
      await (
        await client
      ).send(new GetRepositoryCommand({ repositoryName: PROBE_REPOSITORY }), {
        abortSignal: AbortSignal.timeout(timeoutMs),
      });
      return 'reachable';
    } catch (error) {
      const failure = error as Failure;
      const status = failure.$metadata?.httpStatusCode;
      const detail = `${failure.name ?? 'Error'}: ${failure.message ?? 'no message'}`;
      if (failure.name === 'CredentialsProviderError')
        throw new Error(`The console has no AWS credentials to ask CodeCommit with: ${detail}`, {
          cause: error,
        });
      if (status === undefined || status >= 500)
        throw new Error(`CodeCommit cannot be reached: ${detail}`, { cause: error });
      if (!identity) return 'reachable (the console has no AWS identity of its own)';
      if (NOT_AUTHENTICATED.test(failure.name ?? ''))
        throw new Error(`CodeCommit refuses the console's credentials: ${detail}`, {
          cause: error,
        });
      return 'reachable';
    }
  };
}
