import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import {
  useCreateApprovalRule,
  useDeleteApprovalRule,
  useOverrideApprovalRules,
  useUpdateApprovalRule,
  useUpdateApprovalState,
} from '../api/change-approvals.ts';
import { useApprovals, type ApprovalRule } from '../api/get-approvals.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { personFromArn } from '@/lib/names.ts';
import { approvalsStillNeeded } from '../lib/pool-members.ts';
import { ApprovalRuleForm } from './approval-rule-form.tsx';
import './approvals-panel.css';

type Props = {
  input: PullRequestInput;
  pullRequest: PullRequest;
  permissions: PullRequestPermissions;
};

function describePool(rule: ApprovalRule): string {
  const fields = rule.fields;
  if (!fields) return 'a rule the console shows as written';
  const needed = `${fields.numberOfApprovalsNeeded} ${fields.numberOfApprovalsNeeded === 1 ? 'approval' : 'approvals'}`;
  if (fields.approvalPoolMembers.length === 0) return `${needed} from anyone`;
  return `${needed} from ${fields.approvalPoolMembers.map(personFromArnOrMember).join(', ')}`;
}

/** `admin` for `CodeCommitApprovers:123:admin`, the name for an ARN, and the member itself otherwise. */
function personFromArnOrMember(member: string): string {
  const approver = /^CodeCommitApprovers:[^:]+:(.+)$/.exec(member);
  if (approver?.[1]) return approver[1] === '*' ? 'anyone in the account' : approver[1];
  return member.startsWith('arn:') ? personFromArn(member) : member;
}

function RuleItem({
  rule,
  input,
  open,
  permissions,
  approverArns,
}: {
  rule: ApprovalRule;
  input: PullRequestInput;
  open: boolean;
  permissions: PullRequestPermissions;
  /** Who approved the current revision. */
  approverArns: string[];
}) {
  const [editing, setEditing] = useState(false);
  const stillNeeded =
    rule.fields && !rule.satisfied ? approvalsStillNeeded(rule.fields, approverArns) : 0;
  const update = useUpdateApprovalRule();
  const remove = useDeleteApprovalRule();
  const name = rule.approvalRuleName ?? '';
  return (
    <li className={`approval-rule ${rule.satisfied ? 'approval-rule-met' : 'approval-rule-unmet'}`}>
      <div className="approval-rule-line">
        <span aria-hidden="true">{rule.satisfied ? '✓' : '○'}</span>
        <strong>{name}</strong>
        <span className="approval-rule-state">
          {rule.satisfied
            ? 'met'
            : stillNeeded > 0
              ? `not met: ${stillNeeded} more ${stillNeeded === 1 ? 'approval' : 'approvals'} needed`
              : 'not met'}
        </span>
      </div>
      <div className="muted approval-rule-detail">
        Needs {describePool(rule)}
        {rule.originApprovalRuleTemplate?.approvalRuleTemplateName &&
          ` · from template ${rule.originApprovalRuleTemplate.approvalRuleTemplateName}`}
      </div>
      {open && permissions.write && !editing && (
        <div className="button-group approval-rule-actions">
          {rule.fields && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {permissions.deleteApprovalRule && (
            <button
              type="button"
              className="link-button link-button-danger"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete the rule ${name}?`))
                  remove.mutate({ ...input, approvalRuleName: name });
              }}
            >
              Delete
            </button>
          )}
        </div>
      )}
      {remove.isError && <ErrorMessage title="The rule was not deleted" error={remove.error} />}
      {editing && rule.fields && (
        <ApprovalRuleForm
          approvalRuleName={name}
          initial={rule.fields}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(fields) =>
            update.mutate(
              {
                ...input,
                ...fields,
                approvalRuleName: name,
                existingRuleContentSha256: rule.ruleContentSha256,
              },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      )}
    </li>
  );
}

function OverrideForm({
  input,
  revisionId,
  onDone,
}: {
  input: PullRequestInput;
  revisionId: string;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const override = useOverrideApprovalRules();
  return (
    <form
      className="override-form"
      aria-label="Override approval rules"
      onSubmit={(event) => {
        event.preventDefault();
        override.mutate(
          { ...input, revisionId, overrideStatus: 'OVERRIDE', reason: reason.trim() },
          { onSuccess: onDone },
        );
      }}
    >
      <div className="field">
        <label htmlFor="override-reason">Why set the rules aside?</label>
        <textarea
          id="override-reason"
          rows={2}
          required
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <span className="field-hint">Kept as a comment on the pull request.</span>
      </div>
      {override.isError && (
        <ErrorMessage title="The rules were not overridden" error={override.error} />
      )}
      <div className="button-group">
        <button
          type="submit"
          className="button button-danger button-small"
          disabled={!reason.trim() || override.isPending}
        >
          Override rules
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Who approved this revision, each rule and whether it is met, and the changes a reviewer can make. */
export function ApprovalsPanel({ input, pullRequest, permissions }: Props) {
  const approvals = useApprovals(input);
  const setState = useUpdateApprovalState();
  const create = useCreateApprovalRule();
  const revokeOverride = useOverrideApprovalRules();
  const [creating, setCreating] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const open = pullRequest.pullRequestStatus === 'OPEN';

  if (approvals.isPending) return <Skeleton lines={3} label="Loading approvals" />;
  if (approvals.isError)
    return (
      <ErrorMessage
        title="Approvals could not be loaded"
        error={approvals.error}
        onRetry={() => void approvals.refetch()}
      />
    );

  const { rules, evaluation, overriddenBy, callerApproved, revisionId } = approvals.data;
  const approvers = approvals.data.approvals.filter(
    (approval) => approval.approvalState === 'APPROVE',
  );
  const unmet = rules.filter((rule) => !rule.satisfied).length;
  const summary = overriddenBy
    ? `Approval rules overridden by ${personFromArn(overriddenBy)}`
    : rules.length === 0
      ? 'No approval rules: approvals are optional'
      : evaluation.approved
        ? `All ${rules.length} approval ${rules.length === 1 ? 'rule is' : 'rules are'} met`
        : `${unmet} of ${rules.length} approval ${rules.length === 1 ? 'rule' : 'rules'} not met yet`;

  return (
    <section className="panel approvals-panel" aria-labelledby="approvals-heading">
      <div className="panel-header">
        <h3 id="approvals-heading">Approvals</h3>
      </div>
      <div className="panel-body">
        <p
          className={`approvals-summary ${evaluation.approved ? 'approvals-summary-ok' : ''}`}
          role="status"
        >
          {summary}
        </p>
        <p className="muted">
          {approvers.length === 0
            ? 'Nobody has approved this revision.'
            : `Approved by ${approvers.map((approval) => personFromArn(approval.userArn)).join(', ')}.`}
        </p>
        {open && permissions.write && !pullRequest.callerIsAuthor && (
          <button
            type="button"
            className={`button button-small ${callerApproved ? '' : 'button-primary'}`}
            disabled={setState.isPending}
            onClick={() =>
              setState.mutate({
                ...input,
                revisionId,
                approvalState: callerApproved ? 'REVOKE' : 'APPROVE',
              })
            }
          >
            {callerApproved ? 'Revoke approval' : 'Approve'}
          </button>
        )}
        {open && permissions.write && pullRequest.callerIsAuthor && (
          <p className="muted">Authors cannot approve their own pull request.</p>
        )}
        {setState.isError && (
          <ErrorMessage title="The approval was not saved" error={setState.error} />
        )}

        {rules.length > 0 && (
          <ul className="approval-rules" aria-label="Approval rules">
            {rules.map((rule) => (
              <RuleItem
                key={rule.approvalRuleName}
                rule={rule}
                input={input}
                open={open}
                permissions={permissions}
                approverArns={approvers.map((approval) => approval.userArn ?? '')}
              />
            ))}
          </ul>
        )}
        {open && permissions.write && (
          <div className="approvals-actions">
            {creating ? (
              <ApprovalRuleForm
                pending={create.isPending}
                error={create.error}
                onCancel={() => setCreating(false)}
                onSubmit={(rule) =>
                  create.mutate({ ...input, ...rule }, { onSuccess: () => setCreating(false) })
                }
              />
            ) : (
              <button
                type="button"
                className="button button-small"
                onClick={() => setCreating(true)}
              >
                Add approval rule
              </button>
            )}
            {rules.length > 0 &&
              !evaluation.approved &&
              !overriddenBy &&
              (overriding ? (
                <OverrideForm
                  input={input}
                  revisionId={revisionId}
                  onDone={() => setOverriding(false)}
                />
              ) : (
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => setOverriding(true)}
                >
                  Override rules…
                </button>
              ))}
            {overriddenBy && (
              <button
                type="button"
                className="button button-small"
                disabled={revokeOverride.isPending}
                onClick={() =>
                  revokeOverride.mutate({ ...input, revisionId, overrideStatus: 'REVOKE' })
                }
              >
                Revoke override
              </button>
            )}
            {revokeOverride.isError && (
              <ErrorMessage title="The override stays" error={revokeOverride.error} />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
