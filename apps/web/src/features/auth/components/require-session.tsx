import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { paths } from '@/lib/paths.ts';
import { useSession } from '../api/get-session.ts';

/** Renders its children for a signed-in user; anyone else goes to sign in and comes back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <div className="page">
        <Skeleton lines={4} label="Checking your session" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="page">
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data.user) {
    return (
      <Navigate to={paths.signIn(location.pathname + location.search + location.hash)} replace />
    );
  }
  return children;
}
