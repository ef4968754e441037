import { Link, Outlet } from 'react-router';
import { RequireSession } from '@/features/auth/components/require-session.tsx';
import { UserMenu } from '@/features/auth/components/user-menu.tsx';
import { paths } from '@/lib/paths.ts';
import { AdminLink } from './admin-link.tsx';
import { KeyboardShortcuts } from './keyboard-shortcuts.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import { TopBar } from './top-bar.tsx';
import { WhereAmI } from './where-am-i.tsx';

/** Every signed-in page: the top bar, then the page. */
export function AppLayout() {
  return (
    <RequireSession>
      <TopBar>
        <nav aria-label="Main" className="top-bar-nav">
          <Link to={paths.home()}>Repositories</Link>
          <AdminLink />
        </nav>
        <WhereAmI />
        <ThemeToggle />
        <KeyboardShortcuts />
        <UserMenu />
      </TopBar>
      <main id="main">
        <Outlet />
      </main>
    </RequireSession>
  );
}
