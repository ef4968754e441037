/**
 * The name an IAM or STS ARN ends with: the user name of `arn:aws:iam::1:user/team/alice`, the
 * session name of `arn:aws:sts::1:assumed-role/Developer/alice`.
 */
export function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1) || arn;
}

/**
 * Whether an ARN CodeCommit recorded (an author, a commenter, an approver) is the signed-in
 * person: the ARN STS GetCallerIdentity gave at sign-in, compared whole, so an IAM user and a
 * role session that happen to share a name are never taken for each other.
 */
export function isCallerArn(arn: string | undefined, callerArn: string): boolean {
  return arn !== undefined && arn === callerArn;
}
