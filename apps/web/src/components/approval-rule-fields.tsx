type ApprovalRuleFieldsProps = {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  numberOfApprovalsNeeded: string;
  onNumberOfApprovalsNeededChange: (value: string) => void;
  /** Pool members as typed, one per line. */
  approvalPoolMembers: string;
  onApprovalPoolMembersChange: (value: string) => void;
  membersPlaceholder: string;
};

/**
 * The two fields every approval rule has, whether on a pull request or in a template:
 * how many approvals it needs and who may give them.
 */
export function ApprovalRuleFields({
  idPrefix,
  numberOfApprovalsNeeded,
  onNumberOfApprovalsNeededChange,
  approvalPoolMembers,
  onApprovalPoolMembersChange,
  membersPlaceholder,
}: ApprovalRuleFieldsProps) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-count`}>Approvals needed</label>
        <input
          id={`${idPrefix}-count`}
          type="number"
          min={1}
          max={50}
          required
          value={numberOfApprovalsNeeded}
          onChange={(event) => onNumberOfApprovalsNeededChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-members`}>Approval pool members</label>
        <textarea
          id={`${idPrefix}-members`}
          rows={3}
          value={approvalPoolMembers}
          placeholder={membersPlaceholder}
          onChange={(event) => onApprovalPoolMembersChange(event.target.value)}
        />
        <span className="field-hint">
          One per line: an IAM user or role ARN, or
          CodeCommitApprovers:&lt;account&gt;:&lt;name&gt;; * matches any. Empty: anyone may
          approve.
        </span>
      </div>
    </>
  );
}
