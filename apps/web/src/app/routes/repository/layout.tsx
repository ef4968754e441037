import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { ErrorMessage, errorText, isNotFound } from '@/components/error-message.tsx';
import { NotFound } from '@/components/not-found.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useRepository } from '@/features/repositories/api/get-repository.ts';
import { useCanWrite } from '@/lib/authorization.ts';
import { paths } from '@/lib/paths.ts';
import type { RepositoryContext } from './repository-context.ts';
import './layout.css';

/** The repository's name, description and sections, around whichever of its views is open. */
export function RepositoryLayout() {
  const repositoryName = useParams().repositoryName ?? '';
  const repository = useRepository(repositoryName);
  const canWrite = useCanWrite(repositoryName);
  const { pathname } = useLocation();
  const base = paths.repository(repositoryName);
  // The code tab covers the repository's home and every tree, file and edit view.
  const inCode =
    pathname === base || /^\/(tree|blob|edit|new|upload)\//.test(pathname.slice(base.length));
  const inHistory = /^\/(commits|commit|compare)(\/|$)/.test(pathname.slice(base.length));
  // Views named by a ref or a commit need only the repository's name: they load beside its
  // metadata instead of after it, one round trip sooner.
  const namedView = /^\/(tree|blob|commits|commit)\//.test(pathname.slice(base.length));
  const tabClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'active' : '');

  // A repository that does not exist has no sections to show.
  if (isNotFound(repository.error))
    return (
      <div className="page">
        <NotFound
          title="Repository not found"
          message={errorText(repository.error)}
          back="repositories"
        />
      </div>
    );

  return (
    <>
      <div className="repository-header">
        <div className="repository-header-inner">
          <h1 className="repository-title">
            <Link to={paths.repository(repositoryName)}>{repositoryName}</Link>
          </h1>
          {repository.data?.repository.repositoryDescription && (
            <p className="repository-description">
              {repository.data.repository.repositoryDescription}
            </p>
          )}
        </div>
        <nav aria-label="Repository" className="repository-tabs">
          <Link
            to={base}
            className={inCode ? 'active' : ''}
            aria-current={inCode ? 'page' : undefined}
          >
            Code
          </Link>
          {repository.data?.repository.defaultBranch && (
            <Link
              to={paths.history(repositoryName, repository.data.repository.defaultBranch)}
              className={inHistory ? 'active' : ''}
              aria-current={inHistory ? 'page' : undefined}
            >
              Commits
            </Link>
          )}
          <NavLink to={paths.branches(repositoryName)} className={tabClass}>
            Branches
          </NavLink>
          <NavLink
            to={`${paths.repository(repositoryName)}/pull-requests`}
            className={({ isActive }) => (isActive ? 'active' : '')}
          >
            Pull requests
          </NavLink>
          {canWrite && (
            <NavLink to={paths.settings(repositoryName)} className={tabClass}>
              Settings
            </NavLink>
          )}
        </nav>
      </div>
      <div className="page">
        {repository.isError ? (
          <ErrorMessage
            title="The repository could not be opened"
            error={repository.error}
            onRetry={() => void repository.refetch()}
          />
        ) : repository.isPending && !namedView ? (
          <Skeleton lines={8} label="Loading the repository" />
        ) : (
          <Outlet
            context={
              {
                repository: repository.data?.repository ?? { repositoryName },
                repositoryName,
              } satisfies RepositoryContext
            }
          />
        )}
      </div>
    </>
  );
}
