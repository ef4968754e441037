import { useEffect } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '@/components/copy-button.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useInView } from '@/hooks/use-in-view.ts';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useCommitHistory } from '../api/get-commit-history.ts';
import { groupByDay } from '../lib/group-by-day.ts';
import './commit-list.css';

type CommitListProps = { repositoryName: string; commitSpecifier: string; filePath?: string };

/** History of a ref or of one file, newest first; later pages load as the list is scrolled to its end. */
export function CommitList({ repositoryName, commitSpecifier, filePath }: CommitListProps) {
  const history = useCommitHistory({
    repositoryName,
    commitSpecifier,
    ...(filePath ? { filePath } : {}),
  });
  // The end marker mounts only once the first page is shown: the hook observes it from then on.
  const [endRef, atEnd] = useInView<HTMLDivElement>({ rootMargin: '600px', once: false });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;

  useEffect(() => {
    if (atEnd && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [atEnd, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (history.isPending) return <Skeleton lines={10} label="Loading history" />;
  if (!history.data)
    return (
      <ErrorMessage
        title="The history could not be read"
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    );

  const commits = history.data.pages.flatMap((page) => page.commits);
  if (commits.length === 0)
    return <EmptyState title={filePath ? 'No commit changed this file' : 'No commits yet'} />;

  return (
    <div className="commit-list">
      {groupByDay(commits).map((group) => (
        <section key={group.day} className="commit-day" aria-label={`Commits on ${group.day}`}>
          <h3 className="commit-day-title">Commits on {group.day}</h3>
          <ol className="panel commit-rows">
            {group.commits.map((commit) => {
              const date = gitDate(commit.author?.date ?? commit.committer?.date);
              const [subject = '', ...body] = (commit.message ?? '').split('\n');
              return (
                <li key={commit.commitId} className="commit-row">
                  <div className="commit-row-main">
                    <Link
                      className="commit-subject"
                      to={paths.commit(repositoryName, commit.commitId)}
                    >
                      {subject.trim() || '(no message)'}
                    </Link>
                    {body.join('\n').trim() && (
                      <span className="commit-has-body" title={body.join('\n').trim()}>
                        …
                      </span>
                    )}
                    <div className="commit-meta muted">
                      <strong>{commit.author?.name ?? 'Unknown'}</strong>
                      {date && (
                        <>
                          {' committed '}
                          <time dateTime={date.toISOString()} title={formatDate(date)}>
                            {formatRelative(date)}
                          </time>
                        </>
                      )}
                    </div>
                  </div>
                  <div className="commit-row-actions">
                    <Link
                      className="mono commit-id"
                      to={paths.commit(repositoryName, commit.commitId)}
                      aria-label={`Commit ${commit.commitId}`}
                    >
                      {shortCommitId(commit.commitId)}
                    </Link>
                    <CopyButton
                      text={commit.commitId}
                      label={`Copy commit id ${shortCommitId(commit.commitId)}`}
                    />
                    <Link
                      className="button button-small"
                      to={
                        filePath
                          ? paths.blob(repositoryName, commit.commitId, filePath)
                          : paths.tree(repositoryName, commit.commitId)
                      }
                      aria-label={`Browse the files at ${shortCommitId(commit.commitId)}`}
                    >
                      Browse
                    </Link>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <div ref={endRef} className="commit-list-end">
        {isFetchingNextPage ? (
          <Skeleton lines={3} label="Loading older commits" />
        ) : hasNextPage ? (
          <button type="button" className="button" onClick={() => void fetchNextPage()}>
            Load older commits
          </button>
        ) : (
          <p className="muted">
            {commits.length === 1 ? '1 commit' : `${commits.length} commits`}, back to the first.
          </p>
        )}
        {history.isFetchNextPageError && (
          <ErrorMessage title="Older commits could not be read" error={history.error} />
        )}
      </div>
    </div>
  );
}
