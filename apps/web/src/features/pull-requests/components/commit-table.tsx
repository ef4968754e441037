import { Link } from 'react-router';
import type { Commit } from '@cc/shared/commits';
import { formatDate, formatRelative, shortCommitId } from '@/lib/format.ts';

type CommitTableProps = { repositoryName: string; commits: Commit[]; truncated: boolean };

/** Commits newest first, each linking to its tree. */
export function CommitTable({ repositoryName, commits, truncated }: CommitTableProps) {
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
          {commits.map((commit) => {
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
                    to={`/repositories/${encodeURIComponent(repositoryName)}/tree/${commit.commitId}`}
                  >
                    {shortCommitId(commit.commitId)}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {truncated && (
        <p className="muted panel-body">Only the newest {commits.length} commits are listed.</p>
      )}
    </div>
  );
}
