import type { Caller } from '../context.ts';
import type { ManagedPolicyName } from './policies.ts';
import { uniqueId } from './unique-id.ts';
import type { UserConfig } from './users.ts';

/** A caller that an access key identifies, with the secret its signatures are checked against. */
export interface Identity {
  caller: Caller;
  secretAccessKey: string;
  policy: ManagedPolicyName;
  /** The only repositories the user may act on, when the users file limits them. */
  repositories?: string[];
  /** `aws:userid`, as GetCallerIdentity returns it: AIDA… for a user, AROA…:<session> for a role session. */
  userId: string;
  /** Set for temporary credentials: the role session they belong to. */
  session?: { roleName: string; expiration: Date };
}

/** Access key id to identity, for every key of every user. */
export function indexIdentities(users: UserConfig[], accountId: string): Map<string, Identity> {
  const index = new Map<string, Identity>();
  for (const user of users) {
    for (const key of user.accessKeys)
      index.set(key.accessKeyId, userIdentity(user, accountId, key));
  }
  return index;
}

/**
 * An IAM user as a caller: with one of their access keys, or without one for a way in that needs
 * none (an SSH public key; the user may have no access key at all).
 */
export function userIdentity(
  user: UserConfig,
  accountId: string,
  key: { accessKeyId: string; secretAccessKey: string } = { accessKeyId: '', secretAccessKey: '' },
): Identity {
  return {
    caller: {
      userName: user.userName,
      arn: userArn(accountId, user.userName),
      accountId,
      accessKeyId: key.accessKeyId,
    },
    secretAccessKey: key.secretAccessKey,
    policy: user.policy,
    ...(user.repositories ? { repositories: user.repositories } : {}),
    userId: uniqueId('AIDA', accountId, user.userName),
  };
}

export const userArn = (accountId: string, userName: string): string =>
  `arn:aws:iam::${accountId}:user/${userName}`;
