import './badges.css';

type StatusBadgeProps = { pullRequestStatus?: string; isMerged?: boolean };

/** Open, Merged or Closed, as a coloured label. */
export function StatusBadge({ pullRequestStatus, isMerged }: StatusBadgeProps) {
  const status = isMerged ? 'merged' : pullRequestStatus === 'CLOSED' ? 'closed' : 'open';
  const label = { merged: 'Merged', closed: 'Closed', open: 'Open' }[status];
  return <span className={`badge badge-${status}`}>{label}</span>;
}

type ApprovalBadgeProps = {
  approval?: { approved: boolean; overridden: boolean; approvalRulesNotSatisfied: string[] } | null;
  ruleCount: number;
};

/** Whether the approval rules are met: plainly, with how many rules still wait. */
export function ApprovalBadge({ approval, ruleCount }: ApprovalBadgeProps) {
  if (ruleCount === 0 || !approval) return null;
  if (approval.overridden) return <span className="badge badge-override">Rules overridden</span>;
  if (approval.approved) return <span className="badge badge-approved">Approved</span>;
  const waiting = approval.approvalRulesNotSatisfied.length;
  return (
    <span className="badge badge-waiting" title={approval.approvalRulesNotSatisfied.join(', ')}>
      {waiting} of {ruleCount} {ruleCount === 1 ? 'rule' : 'rules'} not met
    </span>
  );
}
