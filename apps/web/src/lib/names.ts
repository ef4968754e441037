/** The person an IAM or STS ARN names: `alice` for `arn:aws:iam::1:user/alice` or `...:assumed-role/Dev/alice`. */
export const personFromArn = (arn: string | undefined): string => {
  if (!arn) return 'someone';
  return arn.slice(arn.lastIndexOf('/') + 1) || arn;
};

/** `main` for `refs/heads/main`. */
export const branchFromReference = (reference: string | undefined): string =>
  (reference ?? '').replace(/^refs\/heads\//, '');
