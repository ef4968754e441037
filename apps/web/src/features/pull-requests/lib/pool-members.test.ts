import { describe, expect, it } from 'vitest';
import { inPool } from '@cc/shared/approval-pools';
import { approvalsStillNeeded } from './pool-members.ts';

const alice = 'arn:aws:iam::123456789012:user/alice';
const bobSession = 'arn:aws:sts::123456789012:assumed-role/Reviewer/bob';

describe('approval pool members', () => {
  it('matches ARNs with wildcards and CodeCommitApprovers names', () => {
    expect(inPool('arn:aws:iam::123456789012:user/*', alice)).toBe(true);
    expect(inPool('arn:aws:iam::123456789012:user/a?ice', alice)).toBe(true);
    expect(inPool('arn:aws:iam::123456789012:user/bob', alice)).toBe(false);
    expect(inPool('CodeCommitApprovers:123456789012:bob', bobSession)).toBe(true);
    expect(inPool('CodeCommitApprovers:*:alice', alice)).toBe(true);
    expect(inPool('CodeCommitApprovers:999999999999:alice', alice)).toBe(false);
  });

  it('counts only approvals from the pool', () => {
    expect(
      approvalsStillNeeded({ numberOfApprovalsNeeded: 2, approvalPoolMembers: [] }, [alice]),
    ).toBe(1);
    expect(
      approvalsStillNeeded(
        { numberOfApprovalsNeeded: 1, approvalPoolMembers: ['CodeCommitApprovers:*:bob'] },
        [alice],
      ),
    ).toBe(1);
    expect(
      approvalsStillNeeded(
        { numberOfApprovalsNeeded: 1, approvalPoolMembers: ['CodeCommitApprovers:*:bob'] },
        [bobSession],
      ),
    ).toBe(0);
  });
});
