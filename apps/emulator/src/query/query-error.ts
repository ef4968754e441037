import type { CodeCommitError } from '../protocol/errors.ts';

/**
 * An error a Query-protocol service (STS, IAM) answers with in its XML: `<Type>`, `<Code>` as the
 * service model's `awsQueryError` spells it (AccessDenied, InvalidIdentityToken, NoSuchEntity, …)
 * and the HTTP status that goes with it.
 *
 * @example
 * throw new QueryError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
 */
export class QueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

/**
 * The signature and credential errors the shared SigV4 check throws in CodeCommit's (JSON)
 * names, renamed as a Query-protocol service answers them (AWS STS and IAM API References, "Common
 * Errors": InvalidClientTokenId, ExpiredToken, SignatureDoesNotMatch, IncompleteSignature,
 * MissingAuthenticationToken, all 403).
 */
const queryNames: Record<string, { code: string; status: number }> = {
  UnrecognizedClientException: { code: 'InvalidClientTokenId', status: 403 },
  ExpiredTokenException: { code: 'ExpiredToken', status: 403 },
  InvalidSignatureException: { code: 'SignatureDoesNotMatch', status: 403 },
  IncompleteSignatureException: { code: 'IncompleteSignature', status: 403 },
  AccessDeniedException: { code: 'AccessDenied', status: 403 },
};

export function toQueryError(error: CodeCommitError): QueryError {
  const renamed = queryNames[error.code];
  if (error.code === 'MissingAuthenticationTokenException')
    return new QueryError(
      'MissingAuthenticationToken',
      'Request is missing Authentication Token',
      403,
    );
  return renamed
    ? new QueryError(renamed.code, error.message, renamed.status)
    : new QueryError(error.code, error.message, error.status);
}

/**
 * AWS's validation error for one or more members, in its own words:
 * `1 validation error detected: Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`.
 */
export function validationError(problems: string[]): QueryError {
  const count = `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected`;
  return new QueryError('ValidationError', `${count}: ${problems.join('; ')}`);
}
