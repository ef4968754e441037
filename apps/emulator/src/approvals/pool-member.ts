const globs = new Map<string, RegExp>();

/** IAM-style wildcards: `*` any run of characters, `?` one character; everything else literal. */
const glob = (pattern: string): RegExp => {
  let regexp = globs.get(pattern);
  if (!regexp) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    regexp = new RegExp(`^${source}$`);
    globs.set(pattern, regexp);
  }
  return regexp;
};

/** Account id and the name CodeCommitApprovers matches: an IAM user's name or an assumed role's session name. */
const identityOf = (arn: string): { accountId: string; name: string } | undefined => {
  const match = /^arn:aws:(?:iam|sts)::(\d{12}):(.*)$/.exec(arn);
  if (!match) return undefined;
  const [, accountId = '', resource = ''] = match;
  const parts = resource.split('/');
  if (parts[0] === 'user') return { accountId, name: parts[parts.length - 1] ?? '' };
  if (parts[0] === 'assumed-role') return { accountId, name: parts[2] ?? '' };
  return undefined;
};

/**
 * Whether an approver's ARN is in an approval pool member: an ARN pattern
 * (`arn:aws:iam::123456789012:user/*`) or `CodeCommitApprovers:<account>:<name>`, which names an
 * IAM user or a role session in that account.
 *
 * @example
 * isInPool({ member: 'CodeCommitApprovers:123456789012:developer', approverArn: 'arn:aws:iam::123456789012:user/developer' }) // true
 */
export const isInPool = ({
  member,
  approverArn,
}: {
  member: string;
  approverArn: string;
}): boolean => {
  if (member.startsWith('arn:')) return glob(member).test(approverArn);
  const [, account = '', name = ''] = member.split(':');
  const identity = identityOf(approverArn);
  return (
    identity !== undefined &&
    glob(account).test(identity.accountId) &&
    glob(name).test(identity.name)
  );
};
