import { Link } from 'react-router';
import { LocationNotice } from '@/components/location-notice.tsx';
import { RepositoryList } from '@/features/repositories/components/repository-list.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useCanCreateRepository } from '@/lib/authorization.ts';
import { paths } from '@/lib/paths.ts';

export function RepositoriesRoute() {
  useDocumentTitle('Repositories');
  const canCreateRepository = useCanCreateRepository();
  return (
    <div className="page">
      <div className="page-header">
        <h1>Repositories</h1>
        {canCreateRepository && (
          <Link className="button button-primary" to={paths.newRepository()}>
            Create repository
          </Link>
        )}
      </div>
      <LocationNotice />
      <RepositoryList />
    </div>
  );
}
