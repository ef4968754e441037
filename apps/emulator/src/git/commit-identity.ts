import { fail } from '../protocol/errors.ts';
import type { Caller } from '../context.ts';
import type { CommitIdentity } from './write-commit.ts';

const MAX_NAME_LENGTH = 1024;
const MAX_EMAIL_LENGTH = 1024;

/**
 * The author of a commit made through the API: the given name and email, or, as AWS does,
 * the caller's ARN as name and a blank email. Characters that would break git's
 * `name <email>` line are refused or dropped.
 *
 * @example
 * const author = commitIdentity({ caller: ctx.caller, name: input.name, email: input.email });
 */
export const commitIdentity = ({
  caller,
  name,
  email,
}: {
  caller: Caller;
  name: unknown;
  email: unknown;
}): CommitIdentity => {
  const givenName = typeof name === 'string' ? name.replace(/[<>\n\0]/g, '').trim() : '';
  if (givenName.length > MAX_NAME_LENGTH) {
    fail('NameLengthExceededException', `The name is longer than ${MAX_NAME_LENGTH} characters.`);
  }
  const givenEmail = typeof email === 'string' ? email.trim() : '';
  if (
    givenEmail !== '' &&
    (givenEmail.length > MAX_EMAIL_LENGTH || !/^[^\s<>@]+@[^\s<>@]+$/.test(givenEmail))
  ) {
    fail('InvalidEmailException', `The email address ${JSON.stringify(email)} is not valid.`);
  }
  return { name: givenName || caller.arn, email: givenEmail };
};
