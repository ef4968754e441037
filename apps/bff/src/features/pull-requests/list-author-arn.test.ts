import { describe, expect, it } from 'vitest';
import { assumedRoleArn } from './list-author-arn.ts';
import { isCallerArn } from './identity.ts';

describe('assumedRoleArn', () => {
  it('names the role session as CodeCommit records it, without the role path', () => {
    const arn = assumedRoleArn('arn:aws:iam::123456789012:role/teams/CodeCommitDeveloper', 'bob');
    expect(arn).toBe('arn:aws:sts::123456789012:assumed-role/CodeCommitDeveloper/bob');
    expect(isCallerArn(arn, 'bob')).toBe(true);
  });

  it('keeps the partition of the role', () => {
    expect(assumedRoleArn('arn:aws-cn:iam::210987654321:role/Reviewer', 'li')).toBe(
      'arn:aws-cn:sts::210987654321:assumed-role/Reviewer/li',
    );
  });
});
