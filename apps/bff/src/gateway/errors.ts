import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A failed CodeCommit call, carrying the HTTP status the console answers with and AWS's message. */
export class GatewayError extends Error {
  readonly status: ContentfulStatusCode;
  /** The AWS exception name, when AWS gave one. */
  readonly code: string | undefined;

  constructor(status: ContentfulStatusCode, message: string, code?: string) {
    super(message);
    this.name = 'GatewayError';
    this.status = status;
    this.code = code;
  }
}

const forbidden = new Set([
  'AccessDeniedException',
  'EncryptionKeyAccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
  'CommentNotCreatedByCallerException',
  'PullRequestCannotBeApprovedByAuthorException',
]);

const conflicts = new Set([
  'ParentCommitIdOutdatedException',
  'ConcurrentReferenceUpdateException',
  'TipOfSourceReferenceIsDifferentException',
  'ManualMergeRequiredException',
  'RevisionNotCurrentException',
  'PullRequestAlreadyClosedException',
  'SameFileContentException',
  'NoChangeException',
  'FileNameConflictsWithDirectoryNameException',
  'DirectoryNameConflictsWithFileNameException',
  'FilePathConflictsWithSubmodulePathException',
  'PutFileEntryConflictException',
  'BranchNameIsTagNameException',
  'DefaultBranchCannotBeDeletedException',
  'ApprovalRuleTemplateInUseException',
  'IdempotencyParameterMismatchException',
  'PullRequestApprovalRulesNotSatisfiedException',
  'OverrideAlreadySetException',
  'CommentDeletedException',
]);

const throttled = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

/** The HTTP status for an AWS exception name. */
export function statusForAwsError(
  name: string,
  fault: 'client' | 'server' | undefined,
): ContentfulStatusCode {
  if (forbidden.has(name)) return 403;
  if (throttled.has(name)) return 429;
  if (conflicts.has(name) || /(Exists|AlreadyExists)Exception$/.test(name)) return 409;
  if (/DoesNotExistException$|NotFoundException$/.test(name)) return 404;
  if (fault === 'server') return 502;
  return 400;
}

interface AwsErrorLike {
  name: string;
  message: string;
  $fault?: 'client' | 'server';
  $metadata?: unknown;
}

function isAwsError(error: unknown): error is AwsErrorLike {
  return error instanceof Error && '$metadata' in error;
}

/**
 * Turns what a CodeCommit call threw into a GatewayError whose message is fit to show; anything
 * that is neither an AWS error nor a network failure is a bug and comes back unchanged.
 */
export function mapCodeCommitError(error: unknown): unknown {
  if (error instanceof GatewayError) return error;
  if (isAwsError(error)) {
    return new GatewayError(
      statusForAwsError(error.name, error.$fault),
      error.message || error.name,
      error.name,
    );
  }
  if (error instanceof Error && error.name === 'CredentialsProviderError') {
    return new GatewayError(
      403,
      `No AWS credentials for this console user: ${error.message}`,
      error.name,
    );
  }
  if (error instanceof Error && ['TimeoutError', 'AbortError'].includes(error.name)) {
    return new GatewayError(504, `CodeCommit did not answer in time: ${error.message}`, error.name);
  }
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR)/.test(code)) {
    return new GatewayError(502, `CodeCommit is unreachable (${code})`, code);
  }
  return error;
}
