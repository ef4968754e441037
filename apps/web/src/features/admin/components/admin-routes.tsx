import { NavLink, Route, Routes } from 'react-router';
import { ReadOnlyNotice } from '@/components/read-only-notice.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useApprovalRuleTemplatePermissions } from '@/lib/authorization.ts';
import { TemplateList } from './template-list.tsx';
import { TemplatePage } from './template-page.tsx';
import { TriggersPage } from './triggers-page.tsx';
import './admin.css';

/** Administration: approval rule templates for every repository, and each repository's triggers. */
export function AdminRoutes() {
  useDocumentTitle('Administration');
  const permissions = useApprovalRuleTemplatePermissions();
  return (
    <div className="page admin">
      <div className="page-header">
        <h1>Administration</h1>
      </div>
      {permissions.data && !permissions.data.write && (
        <ReadOnlyNotice
          action="change approval rule templates or triggers"
          iamActions={['codecommit:CreateApprovalRuleTemplate', 'codecommit:PutRepositoryTriggers']}
        >
          <p>You can read them here; an administrator or a developer can change them.</p>
        </ReadOnlyNotice>
      )}
      <nav className="admin-tabs" aria-label="Administration">
        <NavLink to="/admin/approval-rule-templates">Approval rule templates</NavLink>
        <NavLink to="/admin/triggers">Triggers</NavLink>
      </nav>
      <Routes>
        <Route index element={<TemplateList />} />
        <Route path="approval-rule-templates" element={<TemplateList />} />
        <Route
          path="approval-rule-templates/:approvalRuleTemplateName"
          element={<TemplatePage />}
        />
        <Route path="triggers" element={<TriggersPage />} />
      </Routes>
    </div>
  );
}
