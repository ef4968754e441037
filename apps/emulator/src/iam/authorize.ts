import type { Identity } from '../auth/identities.ts';
import type { ManagedPolicyName } from '../auth/policies.ts';
import { QueryError } from '../query/query-error.ts';

/**
 * The IAM actions on SSH public keys that each CodeCommit managed policy allows, all on
 * `arn:aws:iam::*:user/${aws:username}`, the caller's own user only (AWS Managed Policy
 * Reference: the IAMUserSSHKeys statement of AWSCodeCommitFullAccess and AWSCodeCommitPowerUser,
 * and IAMReadOnlyConsoleAccess of AWSCodeCommitReadOnly). None of them lets anyone manage
 * another user's keys: on AWS that takes an IAM policy beyond CodeCommit's.
 */
const ownKeyActions: Record<ManagedPolicyName, readonly string[]> = {
  AWSCodeCommitFullAccess: [
    'DeleteSSHPublicKey',
    'GetSSHPublicKey',
    'ListSSHPublicKeys',
    'UpdateSSHPublicKey',
    'UploadSSHPublicKey',
  ],
  AWSCodeCommitPowerUser: [
    'DeleteSSHPublicKey',
    'GetSSHPublicKey',
    'ListSSHPublicKeys',
    'UpdateSSHPublicKey',
    'UploadSSHPublicKey',
  ],
  AWSCodeCommitReadOnly: ['GetSSHPublicKey', 'ListSSHPublicKeys'],
};

/**
 * Throws AccessDenied, in IAM's words, unless the caller's policy allows `iam:<action>` on the
 * user `userName`. A role session has no `aws:username`, so the policies' statements never match
 * it, as on AWS.
 */
export function authorizeIam(caller: Identity, action: string, userName: string): void {
  const ownUser = caller.session === undefined && caller.caller.userName === userName;
  if (ownUser && ownKeyActions[caller.policy].includes(action)) return;
  throw new QueryError(
    'AccessDenied',
    `User: ${caller.caller.arn} is not authorized to perform: iam:${action} on resource: user ${userName} because no identity-based policy allows the iam:${action} action`,
    403,
  );
}

/**
 * The UserName an action is about: the one given, or for an IAM user who gives none, their own
 * ("determined implicitly based on the AWS access key ID used to sign the request", IAM API
 * Reference). A role session must name one.
 */
export function userNameFor(caller: Identity, given: string | undefined): string {
  if (given !== undefined) return given;
  if (caller.session === undefined) return caller.caller.userName;
  throw new QueryError(
    'ValidationError',
    'Must specify userName when calling with non-User credentials',
  );
}
