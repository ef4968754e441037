import { NavLink } from 'react-router';
import { useTemplatePermissions } from '@/features/admin/api/approval-rule-templates.ts';

/**
 * Administration, for people IAM lets change something there (approval rule templates and
 * triggers need the same writes). Used inside `<RequireSession>`: its probe needs a session.
 */
export function AdminLink() {
  const permissions = useTemplatePermissions();
  if (!permissions.write && !permissions.delete) return null;
  return <NavLink to="/admin">Admin</NavLink>;
}
