import { useState } from 'react';
import { ApprovalRuleFields } from '@/components/approval-rule-fields.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { listFromText } from '@/lib/list-text.ts';
import type { TemplateRule } from '../api/approval-rule-templates.ts';

export type TemplateFormValue = TemplateRule & {
  approvalRuleTemplateName: string;
  approvalRuleTemplateDescription: string;
};

type TemplateFormProps = {
  initial?: TemplateFormValue;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (value: TemplateFormValue) => void;
  onCancel?: () => void;
};

/** Name, description, approvals needed, pool members and the branches the rule applies to. */
export function TemplateForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: TemplateFormProps) {
  const [name, setName] = useState(initial?.approvalRuleTemplateName ?? '');
  const [description, setDescription] = useState(initial?.approvalRuleTemplateDescription ?? '');
  const [count, setCount] = useState(String(initial?.numberOfApprovalsNeeded ?? 1));
  const [members, setMembers] = useState((initial?.approvalPoolMembers ?? []).join('\n'));
  const [branches, setBranches] = useState(
    (initial?.destinationReferences ?? [])
      .map((ref) => ref.replace(/^refs\/heads\//, ''))
      .join('\n'),
  );
  return (
    <form
      className="admin-form"
      aria-label={
        initial ? `Edit ${initial.approvalRuleTemplateName}` : 'New approval rule template'
      }
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          approvalRuleTemplateName: name.trim(),
          approvalRuleTemplateDescription: description,
          numberOfApprovalsNeeded: Number(count),
          approvalPoolMembers: listFromText(members),
          destinationReferences: listFromText(branches).map((branch) =>
            branch.startsWith('refs/heads/') ? branch : `refs/heads/${branch}`,
          ),
        });
      }}
    >
      <div className="field">
        <label htmlFor="template-name">Template name</label>
        <input
          id="template-name"
          value={name}
          maxLength={100}
          required
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="template-description">Description</label>
        <textarea
          id="template-description"
          rows={2}
          maxLength={1000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <ApprovalRuleFields
        idPrefix="template"
        numberOfApprovalsNeeded={count}
        onNumberOfApprovalsNeededChange={setCount}
        approvalPoolMembers={members}
        onApprovalPoolMembersChange={setMembers}
        membersPlaceholder="CodeCommitApprovers:123456789012:alice"
      />
      <div className="field">
        <label htmlFor="template-branches">Destination branches</label>
        <textarea
          id="template-branches"
          rows={2}
          value={branches}
          onChange={(event) => setBranches(event.target.value)}
          placeholder="main"
        />
        <span className="field-hint">
          One per line. Pull requests into these branches get the rule; empty: every branch.
        </span>
      </div>
      {error ? <ErrorMessage title="The template was not saved" error={error} /> : null}
      <div className="button-group">
        <button type="submit" className="button button-primary" disabled={pending || !name.trim()}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
