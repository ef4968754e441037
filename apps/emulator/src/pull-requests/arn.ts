import type { OperationContext } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';

const PARTITION = 'aws(?:-cn|-us-gov|-iso(?:-[a-z])?)?';
const NAME = '[\\w+=,.@-]{1,64}';
/**
 * What CodeCommit records as an actor: an IAM user or role (with an optional path), or an STS
 * assumed-role session.
 */
const IDENTITY_ARN = new RegExp(
  `^arn:${PARTITION}:(?:iam::\\d{12}:(?:user|role)/(?:[\\x21-\\x7e]*/)?${NAME}` +
    `|sts::\\d{12}:assumed-role/${NAME}/[\\w+=,.@-]{2,64})$`,
);

/**
 * The ARN filter of a request (authorArn, actorArn, reactionUserArn), or `exception` when it is
 * not the ARN of a user or role.
 *
 * @example
 * const userArn = requireIdentityArn(input.reactionUserArn, 'InvalidReactionUserArnException');
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

/**
 * An ARN filter that must name one of the account's identities: `invalid` when it is not an
 * identity ARN at all, `unknown` when it is well formed but names no user or role of the
 * emulator. An assumed-role ARN counts when its role exists: sessions come and go.
 *
 * @example
 * const authorArn = requireExistingIdentityArn(ctx, input.authorArn, {
 *   invalid: 'InvalidAuthorArnException',
 *   unknown: 'AuthorDoesNotExistException',
 * });
 */
export const requireExistingIdentityArn = (
  ctx: Pick<OperationContext, 'userArns' | 'accountId'>,
  arn: string | undefined,
  exceptions: { invalid: string; unknown: string },
): string | undefined => {
  const checked = requireIdentityArn(arn, exceptions.invalid);
  if (checked !== undefined && !ctx.userArns.has(roleOfSession(checked) ?? checked))
    fail(exceptions.unknown, `${checked} does not exist in account ${ctx.accountId}.`);
  return checked;
};

/** arn:aws:sts::<account>:assumed-role/<role>/<session> → arn:aws:iam::<account>:role/<role> */
const roleOfSession = (arn: string): string | undefined => {
  const match = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : undefined;
};
