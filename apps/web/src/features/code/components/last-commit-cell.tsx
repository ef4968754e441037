import { Link } from 'react-router';
import { formatDate, formatRelative, gitDate } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { LastCommits } from '../api/get-last-commits.ts';

type LastCommitCellProps = {
  repositoryName: string;
  commit: LastCommits[string] | undefined;
};

/** The last commit that changed a folder entry, and its age; a placeholder until it arrives. */
export function LastCommitCell({ repositoryName, commit }: LastCommitCellProps) {
  if (commit === undefined)
    return <span className="folder-entry-commit folder-entry-commit-pending" aria-hidden />;
  if (commit === null) return <span className="folder-entry-commit" />;
  const date = gitDate(commit.committer?.date ?? commit.author?.date);
  const subject = (commit.message ?? '').split('\n')[0] ?? '';
  return (
    <>
      <Link
        className="folder-entry-commit muted"
        to={paths.commit(repositoryName, commit.commitId)}
        title={subject}
      >
        {subject}
      </Link>
      <time
        className="folder-entry-age muted"
        dateTime={date?.toISOString()}
        title={date ? formatDate(date) : undefined}
      >
        {date ? formatRelative(date) : ''}
      </time>
    </>
  );
}
