import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative, shortCommitId } from '@/lib/format.ts';
import { usePullRequestCommits } from '../api/get-commits.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';

/** The commits the pull request brings, newest first, each linking to its tree. */
export function CommitsTab({
  input,
  sourceCommit,
}: {
  input: PullRequestInput;
  sourceCommit: string;
}) {
  const commits = usePullRequestCommits({ ...input, sourceCommit });
  if (commits.isPending) return <Skeleton lines={6} label="Loading the commits" />;
  if (commits.isError)
    return (
      <ErrorMessage
        title="The commits could not be loaded"
        error={commits.error}
        onRetry={() => void commits.refetch()}
      />
    );
  if (commits.data.commits.length === 0) return <EmptyState title="No commits" />;
  return (
    <div className="panel">
      <table className="data-table" aria-label="Commits">
        <thead>
          <tr>
            <th>Message</th>
            <th>Author</th>
            <th>Commit</th>
          </tr>
        </thead>
        <tbody>
          {commits.data.commits.map((commit) => {
            const date = commit.author?.date
              ? Number(/^\d+/.exec(commit.author.date)?.[0] ?? 0)
              : 0;
            return (
              <tr key={commit.commitId}>
                <td>{commit.message?.split('\n')[0]}</td>
                <td>
                  {commit.author?.name}{' '}
                  {date > 0 && (
                    <span className="muted" title={formatDate(date)}>
                      {formatRelative(date)}
                    </span>
                  )}
                </td>
                <td>
                  <Link
                    className="mono"
                    to={`/repositories/${encodeURIComponent(input.repositoryName)}/tree/${commit.commitId}`}
                  >
                    {shortCommitId(commit.commitId)}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {commits.data.truncated && (
        <p className="muted panel-body">
          Only the newest {commits.data.commits.length} commits are listed.
        </p>
      )}
    </div>
  );
}
