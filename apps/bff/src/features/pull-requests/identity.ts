/**
 * The name an IAM or STS ARN ends with: the user name of `arn:aws:iam::1:user/team/alice`, the
 * session name of `arn:aws:sts::1:assumed-role/Developer/alice`.
 */
export function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1) || arn;
}

/**
 * Whether an ARN CodeCommit recorded (an author, a commenter, an approver) is the signed-in
 * console user. CodeCommit has no "who am I" call, and console users act as the IAM user of
 * the same name or as a role session named after them, so the ARN's last name decides.
 */
export function isCallerArn(arn: string | undefined, userName: string): boolean {
  return arn !== undefined && nameFromArn(arn) === userName;
}
