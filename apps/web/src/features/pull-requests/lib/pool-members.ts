import { inPool } from '@cc/shared/approval-pools';

/** How many more approvals a rule needs, counting only approvers in its pool (anyone when empty). */
export function approvalsStillNeeded(
  rule: { numberOfApprovalsNeeded: number; approvalPoolMembers: string[] },
  approverArns: string[],
): number {
  const counted = approverArns.filter(
    (arn) =>
      rule.approvalPoolMembers.length === 0 ||
      rule.approvalPoolMembers.some((member) => inPool(member, arn)),
  );
  return Math.max(0, rule.numberOfApprovalsNeeded - counted.length);
}
