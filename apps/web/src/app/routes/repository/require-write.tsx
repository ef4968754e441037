import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ReadOnlyNotice } from '@/components/read-only-notice.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useRepositoryPermissions } from '@/lib/authorization.ts';

type RequireWriteProps = {
  repositoryName: string;
  /** What the form would do: "edit files". */
  action: string;
  /** Where to read instead: the file or the folder. */
  readPath: string;
  readLabel: string;
  children: ReactNode;
};

/**
 * A form that commits, shown only to those IAM lets commit; someone who opened its URL
 * without that permission is told why and sent to read instead, never given a form that
 * fails on save.
 */
export function RequireWrite({
  repositoryName,
  action,
  readPath,
  readLabel,
  children,
}: RequireWriteProps) {
  const permissions = useRepositoryPermissions(repositoryName);
  if (permissions.isPending) return <Skeleton lines={6} label="Checking what you may change" />;
  if (permissions.data?.canWrite) return <>{children}</>;
  return (
    <ReadOnlyNotice
      action={`${action} in ${repositoryName}`}
      iamActions={['codecommit:PutFile', 'codecommit:CreateCommit']}
    >
      <p>
        <Link to={readPath}>{readLabel}</Link>
      </p>
    </ReadOnlyNotice>
  );
}
