import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { countOf, formatDate, formatRelative } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { RepositoryMetadata } from '../api/list-repositories.ts';
import { useRepositories } from '../api/list-repositories.ts';
import './repository-list.css';

type SortKey = 'name' | 'lastModified';

function sortRepositories(repositories: RepositoryMetadata[], sort: SortKey): RepositoryMetadata[] {
  const sorted = [...repositories];
  if (sort === 'lastModified') {
    return sorted.sort(
      (a, b) =>
        new Date(b.lastModifiedDate ?? 0).getTime() - new Date(a.lastModifiedDate ?? 0).getTime(),
    );
  }
  return sorted.sort((a, b) => (a.repositoryName ?? '').localeCompare(b.repositoryName ?? ''));
}

/** All repositories, filtered and sorted by what the URL says. */
export function RepositoryList() {
  const repositories = useRepositories();
  const [searchParams] = useSearchParams();
  const update = useUpdateSearchParams();
  const query = searchParams.get('q') ?? '';
  const sort: SortKey = searchParams.get('sort') === 'lastModified' ? 'lastModified' : 'name';

  const toolbar = (
    <div className="repository-toolbar">
      <input
        type="search"
        aria-label="Search repositories"
        placeholder="Search repositories"
        value={query}
        onChange={(event) => update('q', event.target.value)}
      />
      <label className="repository-sort">
        <span>Sort by</span>
        <select
          value={sort}
          onChange={(event) =>
            update('sort', event.target.value === 'name' ? '' : event.target.value)
          }
        >
          <option value="name">Name</option>
          <option value="lastModified">Last modified</option>
        </select>
      </label>
    </div>
  );

  if (repositories.isPending)
    return (
      <>
        {toolbar}
        <Skeleton lines={6} label="Loading repositories" />
      </>
    );
  if (repositories.isError) {
    return (
      <>
        {toolbar}
        <ErrorMessage error={repositories.error} onRetry={() => void repositories.refetch()} />
      </>
    );
  }

  const all = repositories.data.repositories;
  const needle = query.trim().toLowerCase();
  const shown = sortRepositories(
    all.filter(
      (repository) =>
        !needle ||
        repository.repositoryName?.toLowerCase().includes(needle) ||
        repository.repositoryDescription?.toLowerCase().includes(needle),
    ),
    sort,
  );

  return (
    <>
      {toolbar}
      {all.length === 0 ? (
        <EmptyState title="No repositories yet">
          <Link to={paths.newRepository()}>Create a repository</Link> or push one with git.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No repository matches">
          Nothing is named or described like “{query}”.
        </EmptyState>
      ) : (
        <div className="panel">
          <table className="data-table repository-table" aria-label="Repositories">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="hide-narrow">
                  Description
                </th>
                <th scope="col">Last modified</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((repository) => (
                <tr key={repository.repositoryId ?? repository.repositoryName}>
                  <td>
                    <Link
                      className="repository-name"
                      to={paths.repository(repository.repositoryName ?? '')}
                    >
                      {repository.repositoryName}
                    </Link>
                  </td>
                  <td className="hide-narrow muted">{repository.repositoryDescription}</td>
                  <td className="muted">
                    {repository.lastModifiedDate && (
                      <time
                        dateTime={String(repository.lastModifiedDate)}
                        title={formatDate(repository.lastModifiedDate)}
                      >
                        {formatRelative(repository.lastModifiedDate)}
                      </time>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted repository-count" aria-live="polite">
        {shown.length === all.length
          ? countOf(all.length, 'repository', 'repositories')
          : `${shown.length} of ${countOf(all.length, 'repository', 'repositories')}`}
      </p>
    </>
  );
}
