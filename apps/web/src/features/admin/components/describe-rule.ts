import type { TemplateRule } from '../api/approval-rule-templates.ts';

const member = (value: string) => {
  const approver = /^CodeCommitApprovers:[^:]+:(.+)$/.exec(value);
  if (approver?.[1]) return approver[1] === '*' ? 'anyone in the account' : approver[1];
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) || value : value;
};

/** "2 approvals from alice, bob on main" */
export function describeRule(rule: TemplateRule | null): string {
  if (!rule) return 'A rule written by hand (shown as stored)';
  const approvals = `${rule.numberOfApprovalsNeeded} ${rule.numberOfApprovalsNeeded === 1 ? 'approval' : 'approvals'}`;
  const from = rule.approvalPoolMembers.length
    ? ` from ${rule.approvalPoolMembers.map(member).join(', ')}`
    : ' from anyone';
  const branches = rule.destinationReferences?.length
    ? ` on ${rule.destinationReferences.map((ref) => ref.replace(/^refs\/heads\//, '')).join(', ')}`
    : ' on every branch';
  return approvals + from + branches;
}
