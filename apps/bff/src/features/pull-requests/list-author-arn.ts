import type { ConsoleUser } from '../../config/console-users.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { getRepository } from '../../gateway/repositories.ts';

/**
 * The ARN CodeCommit records as the author of the signed-in user's pull requests, for
 * ListPullRequests' authorArn. CodeCommit has no "who am I" call, and console users act as a
 * role session named after them or as the IAM user of the same name (see identity.ts), so the
 * ARN follows from the role, or from the account the repository belongs to (one GetRepository,
 * then cached: a repository's account never changes).
 */
export async function callerAuthorArn(
  codeCommit: CodeCommit,
  user: Pick<ConsoleUser, 'userName' | 'roleArn'>,
  repositoryName: string,
): Promise<string> {
  if (user.roleArn) return assumedRoleArn(user.roleArn, user.userName);
  const account = await codeCommit.cache.getOrLoad(
    `repository-account\u0000${repositoryName}`,
    async () => {
      const repository = await getRepository(codeCommit, repositoryName);
      return {
        partition: repository.Arn?.split(':')[1] ?? 'aws',
        accountId: repository.accountId ?? '',
      };
    },
  );
  return `arn:${account.partition}:iam::${account.accountId}:user/${user.userName}`;
}

/**
 * The ARN of a session of a role: `arn:aws:iam::123456789012:role/path/Name` assumed as `alice`
 * is `arn:aws:sts::123456789012:assumed-role/Name/alice` (the role's path is not part of it).
 */
export function assumedRoleArn(roleArn: string, roleSessionName: string): string {
  const [, partition, , , accountId, resource = ''] = roleArn.split(':');
  const roleName = resource.slice(resource.lastIndexOf('/') + 1);
  return `arn:${partition}:sts::${accountId}:assumed-role/${roleName}/${roleSessionName}`;
}
