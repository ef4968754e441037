import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import {
  useTemplate,
  useTemplatePermissions,
  useUpdateTemplate,
} from '../api/approval-rule-templates.ts';
import { DeleteTemplate } from './delete-template.tsx';
import { describeRule } from './describe-rule.ts';
import { TemplateForm } from './template-form.tsx';
import { templatePath } from './template-list.tsx';
import { TemplateRepositories } from './template-repositories.tsx';

/** One template: its rule, editing it, deleting it, and the repositories it applies to. */
export function TemplatePage() {
  const approvalRuleTemplateName = useParams().approvalRuleTemplateName ?? '';
  const template = useTemplate(approvalRuleTemplateName);
  const permissions = useTemplatePermissions();
  const update = useUpdateTemplate();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  if (template.isPending) return <Skeleton lines={6} label="Loading the template" />;
  if (template.isError)
    return (
      <ErrorMessage
        title={`The template ${approvalRuleTemplateName} could not be opened`}
        error={template.error}
      />
    );

  const { approvalRuleTemplate, repositoryNames } = template.data;
  const fields = approvalRuleTemplate.fields;

  return (
    <article aria-labelledby="template-heading">
      <p>
        <Link to="/admin/approval-rule-templates">All templates</Link>
      </p>
      <div className="admin-toolbar">
        <h2 id="template-heading">{approvalRuleTemplate.approvalRuleTemplateName}</h2>
        {permissions.write && !editing && fields && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {permissions.delete && (
          <DeleteTemplate
            approvalRuleTemplateName={approvalRuleTemplateName}
            repositoryNames={repositoryNames}
          />
        )}
        {permissions.write && !permissions.delete && (
          <button
            type="button"
            className="button button-danger"
            disabled
            title="Your IAM policy does not allow codecommit:DeleteApprovalRuleTemplate"
            aria-describedby="template-delete-reason"
          >
            Delete
          </button>
        )}
      </div>
      {permissions.write && !permissions.delete && (
        <p id="template-delete-reason" className="muted">
          Your IAM policy does not allow deleting templates (codecommit:DeleteApprovalRuleTemplate).
        </p>
      )}
      {editing && fields ? (
        <div className="panel admin-section">
          <div className="panel-body">
            <TemplateForm
              initial={{
                ...fields,
                approvalRuleTemplateName,
                approvalRuleTemplateDescription:
                  approvalRuleTemplate.approvalRuleTemplateDescription ?? '',
              }}
              submitLabel="Save template"
              pending={update.isPending}
              error={update.error}
              onCancel={() => setEditing(false)}
              onSubmit={({
                approvalRuleTemplateName: newName,
                approvalRuleTemplateDescription,
                ...rule
              }) =>
                update.mutate(
                  {
                    approvalRuleTemplateName,
                    ...(newName !== approvalRuleTemplateName ? { newName } : {}),
                    approvalRuleTemplateDescription,
                    rule,
                    existingRuleContentSha256: approvalRuleTemplate.ruleContentSha256,
                  },
                  {
                    onSuccess: ({ approvalRuleTemplate: saved }) => {
                      setEditing(false);
                      if (saved.approvalRuleTemplateName !== approvalRuleTemplateName)
                        navigate(templatePath(saved.approvalRuleTemplateName ?? ''), {
                          replace: true,
                        });
                    },
                  },
                )
              }
            />
          </div>
        </div>
      ) : (
        <dl className="admin-facts admin-section">
          <dt>Rule</dt>
          <dd>{describeRule(fields)}</dd>
          <dt>Description</dt>
          <dd>
            {approvalRuleTemplate.approvalRuleTemplateDescription || (
              <span className="muted">None</span>
            )}
          </dd>
          {!fields && (
            <>
              <dt>Content</dt>
              <dd>
                <code>{approvalRuleTemplate.approvalRuleTemplateContent}</code>
              </dd>
            </>
          )}
        </dl>
      )}
      <section className="admin-section" aria-labelledby="template-repositories-heading">
        <h3 id="template-repositories-heading">Repositories</h3>
        <p className="muted">New pull requests in these repositories get the rule.</p>
        <TemplateRepositories
          approvalRuleTemplateName={approvalRuleTemplateName}
          associated={repositoryNames}
          canChange={permissions.write}
        />
      </section>
    </article>
  );
}
