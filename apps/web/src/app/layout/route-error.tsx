import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { paths } from '@/lib/paths.ts';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

/** What a view shows when it fails to load or throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  useFirstPaintDone();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error;
  return (
    <div className="page">
      <ErrorMessage
        title="This page could not be shown"
        error={message}
        onRetry={() => window.location.reload()}
      />
      <Link to={paths.home()}>Back to repositories</Link>
    </div>
  );
}
