import { ErrorMessage } from '@/components/error-message.tsx';
import { countPullRequests } from '../lib/list-search.ts';

/**
 * The end of the list: watched so the next page loads as it scrolls into view, with a "Load more"
 * button for the keyboard and a count of what is loaded.
 */
export function PullRequestListEnd({
  endRef,
  loaded,
  hasNextPage,
  isFetchingNextPage,
  error,
  onLoadMore,
}: {
  endRef: (element: HTMLDivElement | null) => void;
  loaded: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  error: Error | null;
  onLoadMore: () => void;
}) {
  return (
    <div ref={endRef} className="pull-request-list-end">
      {hasNextPage ? (
        <>
          <span className="muted">{countPullRequests(loaded)} loaded, newest first.</span>
          <button
            type="button"
            className="button"
            disabled={isFetchingNextPage}
            onClick={onLoadMore}
          >
            {isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </button>
        </>
      ) : (
        <span className="muted">{countPullRequests(loaded)}, all loaded.</span>
      )}
      {error && <ErrorMessage title="More pull requests could not be listed" error={error} />}
    </div>
  );
}
