const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

/**
 * Whether an approver's ARN falls in an approval pool member, as CodeCommit reads members:
 * an IAM or STS ARN with `*` and `?` wildcards, or `CodeCommitApprovers:<account>:<name>`,
 * which names a user or a role session in that account.
 */
export function inPool(member: string, approverArn: string): boolean {
  const approvers = /^CodeCommitApprovers:([^:]+):(.+)$/.exec(member);
  if (!approvers) return glob(member).test(approverArn);
  const [, account = '', name = ''] = approvers;
  const arn = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):(.+)$/.exec(approverArn);
  if (!arn) return false;
  const [, arnAccount = '', resource = ''] = arn;
  return (
    glob(account).test(arnAccount) && glob(name).test(resource.slice(resource.lastIndexOf('/') + 1))
  );
}
