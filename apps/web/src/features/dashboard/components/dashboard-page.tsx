import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { useDashboard, type DashboardPullRequest } from '../api/get-dashboard.ts';
import { DashboardSection } from './dashboard-section.tsx';
import './dashboard.css';

const matches = (pullRequest: DashboardPullRequest, query: string, repositoryName: string) =>
  (!repositoryName || pullRequest.repositoryName === repositoryName) &&
  (!query ||
    [
      pullRequest.title,
      pullRequest.repositoryName,
      pullRequest.authorArn,
      pullRequest.sourceReference,
    ]
      .join(' ')
      .toLowerCase()
      .includes(query.toLowerCase()));

/** /pulls: the signed-in person's pull requests across every repository, filterable by the URL. */
export function DashboardPage() {
  useDocumentTitle('Your pull requests');
  const dashboard = useDashboard();
  const [searchParams] = useSearchParams();
  const update = useUpdateSearchParams();
  const query = searchParams.get('q') ?? '';
  const repositoryName = searchParams.get('repository') ?? '';

  const repositoryNames = useMemo(() => {
    const data = dashboard.data;
    if (!data) return [];
    const names = [...data.awaitingMyApproval, ...data.mine, ...data.recentlyMerged].map(
      (pullRequest) => pullRequest.repositoryName,
    );
    return [...new Set(names)].sort();
  }, [dashboard.data]);

  const filter = (pullRequests: DashboardPullRequest[]) =>
    pullRequests.filter((pullRequest) => matches(pullRequest, query, repositoryName));

  return (
    <div className="page dashboard">
      <div className="page-header">
        <h1>Your pull requests</h1>
      </div>
      <div className="dashboard-filters" role="search">
        <label>
          <span className="visually-hidden">Filter pull requests</span>
          <input
            type="search"
            placeholder="Filter by title, repository, author or branch"
            value={query}
            onChange={(event) => update('q', event.target.value || null)}
          />
        </label>
        <label>
          Repository{' '}
          <select
            value={repositoryName}
            onChange={(event) => update('repository', event.target.value || null)}
          >
            <option value="">All</option>
            {repositoryNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {dashboard.isPending ? (
        <Skeleton lines={8} label="Reading pull requests across your repositories" />
      ) : dashboard.isError ? (
        <ErrorMessage
          title="Your pull requests could not be listed"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
        />
      ) : (
        <>
          <DashboardSection
            id="dashboard-awaiting"
            title="Awaiting your approval"
            empty="Nothing waits for your approval."
            pullRequests={filter(dashboard.data.awaitingMyApproval)}
          />
          <DashboardSection
            id="dashboard-mine"
            title="Your open pull requests"
            empty="You have no open pull requests."
            pullRequests={filter(dashboard.data.mine)}
          />
          <DashboardSection
            id="dashboard-merged"
            title="Recently merged"
            empty="Nothing merged lately."
            pullRequests={filter(dashboard.data.recentlyMerged)}
          />
          {dashboard.data.skipped.length > 0 && (
            <p className="notice" role="note">
              Not listed, as CodeCommit refused:{' '}
              {dashboard.data.skipped
                .map((skipped) => `${skipped.repositoryName} (${skipped.error})`)
                .join('; ')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
