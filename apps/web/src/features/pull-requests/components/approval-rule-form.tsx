import { useState } from 'react';
import { ApprovalRuleFields } from '@/components/approval-rule-fields.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { listFromText } from '@/lib/list-text.ts';
import type { RuleFields } from '../api/change-approvals.ts';

type ApprovalRuleFormProps = {
  /** Absent: a new rule, whose name is asked for. */
  approvalRuleName?: string;
  initial?: RuleFields;
  pending: boolean;
  error: unknown;
  onSubmit: (rule: RuleFields & { approvalRuleName: string }) => void;
  onCancel: () => void;
};

/** Name, number of approvals and pool members (one per line; empty means anyone). */
export function ApprovalRuleForm({
  approvalRuleName,
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: ApprovalRuleFormProps) {
  const [name, setName] = useState(approvalRuleName ?? '');
  const [count, setCount] = useState(String(initial?.numberOfApprovalsNeeded ?? 1));
  const [members, setMembers] = useState((initial?.approvalPoolMembers ?? []).join('\n'));
  const prefix = approvalRuleName ? `edit-${approvalRuleName}` : 'new-rule';
  return (
    <form
      className="approval-rule-form"
      aria-label={approvalRuleName ? `Edit rule ${approvalRuleName}` : 'New approval rule'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          approvalRuleName: name.trim(),
          numberOfApprovalsNeeded: Number(count),
          approvalPoolMembers: listFromText(members),
        });
      }}
    >
      {!approvalRuleName && (
        <div className="field">
          <label htmlFor={`${prefix}-name`}>Rule name</label>
          <input
            id={`${prefix}-name`}
            value={name}
            maxLength={100}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      )}
      <ApprovalRuleFields
        idPrefix={prefix}
        numberOfApprovalsNeeded={count}
        onNumberOfApprovalsNeededChange={setCount}
        approvalPoolMembers={members}
        onApprovalPoolMembersChange={setMembers}
        membersPlaceholder={
          'arn:aws:iam::123456789012:user/alice\nCodeCommitApprovers:123456789012:bob'
        }
      />
      {error ? <ErrorMessage title="The rule was not saved" error={error} /> : null}
      <div className="button-group">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={pending || !name.trim()}
        >
          {pending ? 'Saving…' : approvalRuleName ? 'Save rule' : 'Create rule'}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
