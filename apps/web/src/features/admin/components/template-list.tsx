import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import {
  useCreateTemplate,
  useTemplatePermissions,
  useTemplates,
} from '../api/approval-rule-templates.ts';
import { describeRule } from './describe-rule.ts';
import { TemplateForm } from './template-form.tsx';

export const templatePath = (name: string) =>
  `/admin/approval-rule-templates/${encodeURIComponent(name)}`;

/** Every approval rule template, what its rule asks, and a form for a new one. */
export function TemplateList() {
  const templates = useTemplates();
  const permissions = useTemplatePermissions();
  const create = useCreateTemplate();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  return (
    <section className="admin-section" aria-labelledby="templates-heading">
      <div className="admin-toolbar">
        <h2 id="templates-heading">Approval rule templates</h2>
        {permissions.write && !creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New template
          </button>
        )}
      </div>
      <p className="muted">
        A template adds its approval rule to every new pull request of the repositories it is
        associated with.
      </p>
      {creating && (
        <div className="panel admin-section">
          <div className="panel-body">
            <TemplateForm
              submitLabel="Create template"
              pending={create.isPending}
              error={create.error}
              onCancel={() => setCreating(false)}
              onSubmit={({ approvalRuleTemplateDescription, ...value }) =>
                create.mutate(
                  {
                    ...value,
                    ...(approvalRuleTemplateDescription ? { approvalRuleTemplateDescription } : {}),
                  },
                  {
                    onSuccess: ({ approvalRuleTemplate }) =>
                      navigate(templatePath(approvalRuleTemplate.approvalRuleTemplateName ?? '')),
                  },
                )
              }
            />
          </div>
        </div>
      )}
      {templates.isPending ? (
        <Skeleton lines={4} label="Loading templates" />
      ) : templates.isError ? (
        <ErrorMessage
          title="The templates could not be listed"
          error={templates.error}
          onRetry={() => void templates.refetch()}
        />
      ) : templates.data.approvalRuleTemplates.length === 0 ? (
        <EmptyState title="No approval rule templates yet" />
      ) : (
        <div className="panel">
          <table className="data-table" aria-label="Approval rule templates">
            <thead>
              <tr>
                <th>Name</th>
                <th>Rule</th>
                <th className="hide-narrow">Description</th>
              </tr>
            </thead>
            <tbody>
              {templates.data.approvalRuleTemplates.map((template) => (
                <tr key={template.approvalRuleTemplateId}>
                  <td>
                    <Link to={templatePath(template.approvalRuleTemplateName ?? '')}>
                      {template.approvalRuleTemplateName}
                    </Link>
                  </td>
                  <td>{describeRule(template.fields)}</td>
                  <td className="hide-narrow muted">{template.approvalRuleTemplateDescription}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
