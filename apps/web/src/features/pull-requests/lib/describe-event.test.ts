import { describe, expect, it } from 'vitest';
import { describeEvent, describeRuleChange } from './describe-event.ts';

const rule = (numberOfApprovalsNeeded: number, approvalPoolMembers: string[] = []) => ({
  numberOfApprovalsNeeded,
  approvalPoolMembers,
});

describe('timeline sentences', () => {
  it('says what an approval rule change changed', () => {
    expect(describeRuleChange(rule(2), rule(1))).toBe('2 → 1 approvals');
    expect(
      describeRuleChange(
        rule(1, ['CodeCommitApprovers:*:alice']),
        rule(1, ['arn:aws:iam::123456789012:user/bob']),
      ),
    ).toBe('pool +user/bob, −alice');
    expect(describeRuleChange(null, rule(1))).toBe('1 approval from anyone');
    expect(describeRuleChange(rule(3), null)).toBe('3 approvals needed');
  });

  it('names the rule and the change in one sentence', () => {
    expect(
      describeEvent({
        pullRequestEventType: 'PULL_REQUEST_APPROVAL_RULE_UPDATED',
        approvalRuleEventMetadata: { approvalRuleName: 'Two reviewers' },
        approvalRuleChange: { before: rule(2), after: rule(1) },
      }),
    ).toBe('changed the approval rule Two reviewers (2 → 1 approvals)');
    expect(
      describeEvent({
        pullRequestEventType: 'PULL_REQUEST_MERGE_STATE_CHANGED',
        pullRequestMergedStateChangedEventMetadata: {
          destinationReference: 'refs/heads/main',
          mergeMetadata: { mergeOption: 'SQUASH_MERGE' },
        },
      }),
    ).toBe('merged into main by squash');
  });
});
