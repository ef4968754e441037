import { fail } from '../protocol/errors.ts';

/** An IAM user or role, or an STS assumed-role session: what CodeCommit records as an actor. */
const IDENTITY_ARN = /^arn:aws:(iam|sts)::\d{12}:(user|role|assumed-role)\/\S+$/;

/**
 * The ARN filter of a request (authorArn, actorArn, reactionUserArn), or `exception` when it is
 * not the ARN of a user or role.
 *
 * @example
 * const authorArn = requireIdentityArn(input.authorArn, 'InvalidAuthorArnException');
 */
export const requireIdentityArn = (
  arn: string | undefined,
  exception: string,
): string | undefined => {
  if (arn === undefined) return undefined;
  if (!IDENTITY_ARN.test(arn))
    fail(
      exception,
      `${JSON.stringify(arn)} is not the ARN of a user or role, such as arn:aws:iam::123456789012:user/Mary_Major.`,
    );
  return arn;
};
