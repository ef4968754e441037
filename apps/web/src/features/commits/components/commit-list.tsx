import { Fragment, useEffect, useMemo } from 'react';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useInView } from '@/hooks/use-in-view.ts';
import { useCommitHistory } from '../api/get-commit-history.ts';
import { childrenFirst, commitGraph } from '../lib/commit-graph.ts';
import { byAuthor } from '../lib/author-filter.ts';
import { groupByDay } from '../lib/group-by-day.ts';
import { CommitGraphCell } from './commit-graph-cell.tsx';
import { CommitRow } from './commit-row.tsx';
import './commit-list.css';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type CommitListProps = {
  repositoryName: string;
  commitSpecifier: string;
  filePath?: string;
  /** Only commits whose author's name or email holds this text. */
  author?: string;
};

/**
 * With an author filter, pages keep loading until this many commits match or history ends:
 * CodeCommit cannot filter by author, so the filter reads the history itself.
 */
const AUTHOR_MATCHES_WANTED = 20;

/**
 * History of a ref or of one file, newest first; later pages load as the list is scrolled to its
 * end. A ref's whole history is drawn beside a graph of its branches and merges.
 */
export function CommitList({ repositoryName, commitSpecifier, filePath, author }: CommitListProps) {
  const history = useCommitHistory({
    repositoryName,
    commitSpecifier,
    ...(filePath ? { filePath } : {}),
  });
  // The end marker mounts only once the first page is shown: the hook observes it from then on.
  useFirstPaintDone(!history.isPending);
  const [endRef, atEnd] = useInView<HTMLDivElement>({ rootMargin: '600px', once: false });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  const loaded = useMemo(
    () => childrenFirst(history.data?.pages.flatMap((page) => page.commits) ?? []),
    [history.data],
  );
  const commits = useMemo(
    () => (author ? loaded.filter(byAuthor(author)) : loaded),
    [loaded, author],
  );
  // A file's history skips commits and a filter hides some: only a whole history has a graph.
  const rows = useMemo(
    () => (filePath || author ? undefined : commitGraph(loaded)),
    [loaded, filePath, author],
  );
  const wantMore = atEnd || (author !== undefined && commits.length < AUTHOR_MATCHES_WANTED);

  useEffect(() => {
    if (wantMore && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [wantMore, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (history.isPending) return <Skeleton lines={10} label="Loading history" />;
  if (!history.data)
    return (
      <ErrorMessage
        title="The history could not be read"
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    );

  if (loaded.length === 0)
    return <EmptyState title={filePath ? 'No commit changed this file' : 'No commits yet'} />;

  const lanes = Math.max(1, ...(rows ?? []).map((row) => row.width));
  const rowIndex = new Map(loaded.map((commit, index) => [commit.commitId, index]));
  /** Lanes that run on past the row before `commitId`, drawn through the day's heading. */
  const carriedThrough = (commitId: string) =>
    (rows?.[(rowIndex.get(commitId) ?? 0) - 1]?.edges ?? []).flatMap((edge) =>
      edge.to === null ? [] : [{ from: edge.to, to: edge.to, color: edge.color }],
    );

  return (
    <div className="commit-list">
      {author !== undefined && (
        <p className="commit-filter-note muted" role="status">
          {commits.length === 1 ? '1 commit' : `${commits.length} commits`} by authors matching “
          {author}” among the {loaded.length} read so far.{' '}
          {hasNextPage
            ? `Older commits are read until ${AUTHOR_MATCHES_WANTED} match; scroll for more.`
            : 'That is the whole history.'}
        </p>
      )}
      {commits.length > 0 && (
        <ol className="panel commit-rows" aria-label="Commits">
          {groupByDay(commits).map((group) => (
            <Fragment key={group.day}>
              <li className="commit-day">
                {rows && (
                  <CommitGraphCell
                    lanes={lanes}
                    edges={carriedThrough(group.commits[0]?.commitId ?? '')}
                  />
                )}
                <h3 className="commit-day-title">Commits on {group.day}</h3>
              </li>
              {group.commits.map((commit) => {
                const row = rows?.[rowIndex.get(commit.commitId) ?? -1];
                return (
                  <li key={commit.commitId} className="commit-row">
                    {row && <CommitGraphCell lanes={lanes} edges={row.edges} lane={row.lane} />}
                    <CommitRow
                      repositoryName={repositoryName}
                      commit={commit}
                      filePath={filePath}
                    />
                  </li>
                );
              })}
            </Fragment>
          ))}
        </ol>
      )}
      <div ref={endRef} className="commit-list-end">
        {isFetchingNextPage ? (
          <Skeleton lines={3} label="Loading older commits" />
        ) : hasNextPage ? (
          <button type="button" className="button" onClick={() => void fetchNextPage()}>
            Load older commits
          </button>
        ) : (
          <p className="muted">
            {loaded.length === 1 ? '1 commit' : `${loaded.length} commits`}, back to the first.
          </p>
        )}
        {history.isFetchNextPageError && (
          <ErrorMessage title="Older commits could not be read" error={history.error} />
        )}
      </div>
    </div>
  );
}
