import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { formatDate, formatRelative } from '@/lib/format.ts';
import { usePullRequestPermissions } from '../api/get-permissions.ts';
import {
  usePullRequests,
  type PullRequestStatusFilter,
  type PullRequestSummary,
} from '../api/list-pull-requests.ts';
import { personFromArn } from '../lib/names.ts';
import { pullRequestPaths } from '../lib/paths.ts';
import { ApprovalBadge, StatusBadge } from './badges.tsx';
import './pull-request-list.css';

const statuses: { value: PullRequestStatusFilter; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'ALL', label: 'All' },
];

function PullRequestRow({
  repositoryName,
  pullRequest,
}: {
  repositoryName: string;
  pullRequest: PullRequestSummary;
}) {
  const when = pullRequest.lastActivityDate ?? pullRequest.creationDate;
  return (
    <div className="pull-request-row">
      <div className="pull-request-row-main">
        <Link
          className="pull-request-row-title"
          to={pullRequestPaths.pullRequest(repositoryName, pullRequest.pullRequestId)}
        >
          {pullRequest.title}
        </Link>
        <StatusBadge
          pullRequestStatus={pullRequest.pullRequestStatus}
          isMerged={pullRequest.isMerged}
        />
        <ApprovalBadge approval={pullRequest.approval} ruleCount={pullRequest.approvalRuleCount} />
      </div>
      <div className="pull-request-row-meta muted">
        #{pullRequest.pullRequestId} by <strong>{personFromArn(pullRequest.authorArn)}</strong> ·{' '}
        <span className="mono">{pullRequest.sourceReference}</span> →{' '}
        <span className="mono">{pullRequest.destinationReference}</span>
        {when && (
          <>
            {' '}
            ·{' '}
            <time dateTime={when} title={formatDate(when)}>{`active ${formatRelative(when)}`}</time>
          </>
        )}
      </div>
    </div>
  );
}

function VirtualRows({
  repositoryName,
  pullRequests,
}: {
  repositoryName: string;
  pullRequests: PullRequestSummary[];
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (listRef.current)
      setScrollMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: pullRequests.length,
    estimateSize: () => 62,
    overscan: 8,
    scrollMargin,
  });
  return (
    <div
      ref={listRef}
      className="pull-request-rows panel"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label="Pull requests"
      role="list"
    >
      {virtualizer.getVirtualItems().map((item) => {
        const pullRequest = pullRequests[item.index];
        if (!pullRequest) return null;
        return (
          <div
            key={pullRequest.pullRequestId}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="pull-request-rows-item"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <PullRequestRow repositoryName={repositoryName} pullRequest={pullRequest} />
          </div>
        );
      })}
    </div>
  );
}

/** A repository's pull requests: open, closed or all; only mine; found by title or author. */
export function PullRequestList() {
  const repositoryName = useParams().repositoryName ?? '';
  const [searchParams] = useSearchParams();
  const status = (statuses.find((entry) => entry.value === searchParams.get('status'))?.value ??
    'OPEN') satisfies PullRequestStatusFilter;
  const mine = searchParams.get('mine') === '1';
  const q = searchParams.get('q') ?? '';
  const pullRequests = usePullRequests({ repositoryName, pullRequestStatus: status, mine, q });
  const permissions = usePullRequestPermissions(repositoryName);
  useDocumentTitle(`Pull requests · ${repositoryName}`);

  const update = useUpdateSearchParams();

  return (
    <section aria-labelledby="pull-requests-heading">
      <div className="page-header">
        <h2 id="pull-requests-heading">Pull requests</h2>
        {permissions.write && (
          <Link className="button button-primary" to={pullRequestPaths.create(repositoryName)}>
            New pull request
          </Link>
        )}
      </div>
      <div className="pull-request-toolbar">
        <div className="segmented" role="group" aria-label="Status">
          {statuses.map((entry) => (
            <button
              key={entry.value}
              type="button"
              aria-pressed={status === entry.value}
              onClick={() => update('status', entry.value === 'OPEN' ? '' : entry.value)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <label className="pull-request-mine">
          <input
            type="checkbox"
            checked={mine}
            onChange={(event) => update('mine', event.target.checked ? '1' : '')}
          />{' '}
          Mine
        </label>
        <input
          type="search"
          aria-label="Search by title or author"
          placeholder="Search by title or author"
          value={q}
          onChange={(event) => update('q', event.target.value)}
        />
        {pullRequests.isFetching && !pullRequests.isPending && (
          <span className="muted">Updating…</span>
        )}
      </div>
      {pullRequests.isPending ? (
        <Skeleton lines={6} label="Loading pull requests" />
      ) : pullRequests.isError ? (
        <ErrorMessage
          title="The pull requests could not be listed"
          error={pullRequests.error}
          onRetry={() => void pullRequests.refetch()}
        />
      ) : pullRequests.data.pullRequests.length === 0 ? (
        <EmptyState
          title={
            q || mine
              ? 'No pull requests match'
              : `No ${status === 'ALL' ? '' : status.toLowerCase() + ' '}pull requests`
          }
        >
          {permissions.write && (
            <Link to={pullRequestPaths.create(repositoryName)}>Create a pull request</Link>
          )}
        </EmptyState>
      ) : (
        <VirtualRows
          repositoryName={repositoryName}
          pullRequests={pullRequests.data.pullRequests}
        />
      )}
    </section>
  );
}
