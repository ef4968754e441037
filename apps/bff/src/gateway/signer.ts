import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * A SigV4 signer (service `codecommit`) with a client's own credentials, region and SHA-256:
 * for a request to a CodeCommit endpoint that the SDK has no command for.
 *
 * @example
 * const signed = await signerFor(client).sign({ method: 'GET', hostname, path, headers: { host } });
 */
export function signerFor(client: CodeCommitClient): SignatureV4 {
  return new SignatureV4({
    service: 'codecommit',
    region: client.config.region,
    credentials: client.config.credentials,
    sha256: client.config.sha256,
  });
}
