import { NavLink, Route, Routes } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { TemplateList } from './template-list.tsx';
import { TemplatePage } from './template-page.tsx';
import { TriggersPage } from './triggers-page.tsx';
import './admin.css';

/** Administration: approval rule templates for every repository, and each repository's triggers. */
export function AdminRoutes() {
  useDocumentTitle('Administration');
  return (
    <div className="page admin">
      <div className="page-header">
        <h1>Administration</h1>
      </div>
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
