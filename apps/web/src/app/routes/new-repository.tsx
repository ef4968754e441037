import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ReadOnlyNotice } from '@/components/read-only-notice.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { CreateRepositoryForm } from '@/features/repositories/components/create-repository-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { getAccountPermissionsQueryOptions } from '@/lib/authorization.ts';

/** The create form, only for those IAM lets create: opened by URL without it, the page says why. */
export function NewRepositoryRoute() {
  useDocumentTitle('Create repository');
  const permissions = useQuery(getAccountPermissionsQueryOptions());
  return (
    <div className="page page-narrow">
      <div className="page-header">
        <h1>Create repository</h1>
      </div>
      {permissions.isPending ? (
        <Skeleton lines={6} label="Checking what you may create" />
      ) : permissions.data?.canCreateRepository ? (
        <CreateRepositoryForm />
      ) : (
        <ReadOnlyNotice action="create repositories" iamActions={['codecommit:CreateRepository']}>
          <p>
            <Link to="/">Back to repositories</Link>
          </p>
        </ReadOnlyNotice>
      )}
    </div>
  );
}
