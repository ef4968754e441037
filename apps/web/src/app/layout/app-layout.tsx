import { Link, Outlet } from 'react-router';
import { RequireSession } from '@/features/auth/components/require-session.tsx';
import { UserMenu } from '@/features/auth/components/user-menu.tsx';
import { paths } from '@/lib/paths.ts';
import { AdminLink } from './admin-link.tsx';
import { TopBar } from './top-bar.tsx';

/** Every signed-in page: the top bar, then the page. */
export function AppLayout() {
  return (
    <RequireSession>
      <TopBar>
        <nav aria-label="Main" className="top-bar-nav">
          <Link to={paths.home()}>Repositories</Link>
          <Link to="/pulls">Dashboard</Link>
          <AdminLink />
        </nav>
        <UserMenu />
      </TopBar>
      <main id="main">
        <Outlet />
      </main>
    </RequireSession>
  );
}
