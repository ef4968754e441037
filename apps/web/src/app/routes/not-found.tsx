import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';

export function NotFoundRoute() {
  useDocumentTitle('Not found');
  return (
    <div className="page">
      <EmptyState title="There is nothing at this address">
        <Link to={paths.home()}>Back to repositories</Link>
      </EmptyState>
    </div>
  );
}
