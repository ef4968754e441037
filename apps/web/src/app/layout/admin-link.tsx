import { Link } from 'react-router';
import { useCanAdminister } from '@/lib/authorization.ts';

/**
 * The Admin entry of the top bar, for those whose IAM policy lets them change templates and
 * triggers. It lives inside the signed-in layout so that its probe runs after sign-in.
 */
export function AdminLink() {
  const canAdminister = useCanAdminister();
  return canAdminister ? <Link to="/admin">Admin</Link> : null;
}
