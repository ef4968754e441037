import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useFirstPaintDone } from '@/lib/first-paint.ts';
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
  // Going to another view leaves the first paint of the one the page opened on behind.
  const { key } = useLocation();
  const [opened] = useState(key);
  useFirstPaintDone(key !== opened);
  return (
    <RequireSession>
      <TopBar>
        <nav aria-label="Main" className="top-bar-nav">
          <Link to={paths.home()}>Repositories</Link>
          <Link to="/pulls">Dashboard</Link>
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
