import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useInView } from '@/hooks/use-in-view.ts';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { usePullRequestPermissions } from '../api/get-permissions.ts';
import {
  pullRequestPageSize,
  usePullRequests,
  type PullRequestStatusFilter,
} from '../api/list-pull-requests.ts';
import { matchesSearch, searchNote } from '../lib/list-search.ts';
import { pullRequestPaths } from '@/lib/pull-request-paths.ts';
import { PullRequestListEnd } from './pull-request-list-end.tsx';
import { PullRequestRows } from './pull-request-list-rows.tsx';
import './pull-request-list.css';

const statuses: { value: PullRequestStatusFilter; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'ALL', label: 'All' },
];

/**
 * A checkbox bound to the URL that shows a click at once: the router applies URL changes in a
 * transition, and until that commits a controlled checkbox would still show its old state.
 */
function useShownAtOnce(fromUrl: boolean) {
  const [clicked, setClicked] = useState<{ value: boolean; over: boolean } | null>(null);
  const shown = clicked && clicked.over === fromUrl ? clicked.value : fromUrl;
  return [shown, (value: boolean) => setClicked({ value, over: fromUrl })] as const;
}

/**
 * A repository's pull requests: open, closed or all; only mine; found by title or author. The
 * first page shows at once and the next loads as the list is scrolled to its end. A search looks
 * through the loaded pages and loads more while it has found fewer than a page of matches.
 */
export function PullRequestList() {
  const repositoryName = useParams().repositoryName ?? '';
  const [searchParams] = useSearchParams();
  const status = (statuses.find((entry) => entry.value === searchParams.get('status'))?.value ??
    'OPEN') satisfies PullRequestStatusFilter;
  const mine = searchParams.get('mine') === '1';
  const [mineShown, showMine] = useShownAtOnce(mine);
  const q = searchParams.get('q') ?? '';
  const list = usePullRequests({ repositoryName, pullRequestStatus: status, mine });
  const permissions = usePullRequestPermissions(repositoryName);
  const [endRef, nearEnd] = useInView<HTMLDivElement>({ once: false });
  useDocumentTitle(`Pull requests · ${repositoryName}`);
  const update = useUpdateSearchParams();

  const loaded = list.data?.pages.flatMap((page) => page.pullRequests) ?? [];
  const searching = q.trim() !== '';
  const shown = searching ? loaded.filter((pullRequest) => matchesSearch(pullRequest, q)) : loaded;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const wantsMore = nearEnd || (searching && shown.length < pullRequestPageSize);
  const loadNext =
    wantsMore &&
    hasNextPage &&
    !isFetchingNextPage &&
    !list.isFetchNextPageError &&
    !list.isPlaceholderData;
  useEffect(() => {
    if (loadNext) void fetchNextPage();
  }, [loadNext, fetchNextPage]);

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
            checked={mineShown}
            onChange={(event) => {
              showMine(event.target.checked);
              update('mine', event.target.checked ? '1' : '');
            }}
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
        {list.isFetching && !list.isPending && !isFetchingNextPage && (
          <span className="muted">Updating…</span>
        )}
      </div>
      {searching && list.data && (
        <p className="pull-request-search-note muted" role="status">
          {searchNote({
            loaded: loaded.length,
            matches: shown.length,
            more: hasNextPage,
            loading: isFetchingNextPage,
          })}
        </p>
      )}
      {list.isPending ? (
        <Skeleton lines={6} label="Loading pull requests" />
      ) : list.isError && !list.isFetchNextPageError ? (
        <ErrorMessage
          title="The pull requests could not be listed"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : shown.length === 0 && !hasNextPage ? (
        <EmptyState
          title={
            searching || mine
              ? 'No pull requests match'
              : `No ${status === 'ALL' ? '' : status.toLowerCase() + ' '}pull requests`
          }
        >
          {permissions.write && (
            <Link to={pullRequestPaths.create(repositoryName)}>Create a pull request</Link>
          )}
        </EmptyState>
      ) : (
        <>
          <PullRequestRows repositoryName={repositoryName} pullRequests={shown} />
          <PullRequestListEnd
            endRef={endRef}
            loaded={loaded.length}
            hasNextPage={hasNextPage}
            isFetchingNextPage={isFetchingNextPage}
            error={list.isFetchNextPageError ? list.error : null}
            onLoadMore={() => void fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
