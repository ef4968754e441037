import { Link } from 'react-router';
import { Skeleton } from '@/components/skeleton.tsx';
import { errorText } from '@/components/error-message.tsx';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useCommitCount } from '../api/get-commit-count.ts';
import { useRepositorySummary, type RefInput } from '../api/get-repository-summary.ts';
import './latest-commit-bar.css';

const counted = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** Commits of the ref: the count comes after the bar, and says "5,000+" when it was bounded. */
function CommitCount({ repositoryName, commitSpecifier }: RefInput) {
  const count = useCommitCount({ repositoryName, commitSpecifier });
  const text = count.data
    ? `${count.data.count.toLocaleString()}${count.data.complete ? '' : '+'} ${
        count.data.count === 1 && count.data.complete ? 'commit' : 'commits'
      }`
    : count.isError
      ? 'Commits'
      : 'Counting commits…';
  return (
    <Link
      to={paths.history(repositoryName, commitSpecifier)}
      title={
        count.data && !count.data.complete
          ? 'At least this many: the console stops counting at a bound'
          : count.isError
            ? errorText(count.error)
            : undefined
      }
    >
      {text}
    </Link>
  );
}

/** The latest commit of a ref (author, message, age, id) and the repository's counts. */
export function LatestCommitBar({ repositoryName, commitSpecifier }: RefInput) {
  const summary = useRepositorySummary({ repositoryName, commitSpecifier });
  if (summary.isPending)
    return (
      <div className="panel latest-commit-bar">
        <Skeleton lines={1} label="Loading the latest commit" />
      </div>
    );
  if (summary.isError)
    return (
      <div className="panel latest-commit-bar muted" role="status">
        The latest commit could not be read: {errorText(summary.error)}
      </div>
    );
  const { latestCommit, branchCount, tagCount } = summary.data;
  const date = gitDate(latestCommit.committer?.date ?? latestCommit.author?.date);
  const subject = (latestCommit.message ?? '').split('\n')[0] ?? '';
  return (
    <div className="panel latest-commit-bar" aria-label="Latest commit">
      <span className="latest-commit-author">{latestCommit.author?.name ?? 'Unknown author'}</span>
      <Link
        className="latest-commit-message"
        to={paths.commit(repositoryName, latestCommit.commitId)}
        title={subject}
      >
        {subject || '(no message)'}
      </Link>
      <Link className="mono muted" to={paths.commit(repositoryName, latestCommit.commitId)}>
        {shortCommitId(latestCommit.commitId)}
      </Link>
      <time
        className="muted"
        dateTime={date?.toISOString()}
        title={date ? formatDate(date) : undefined}
      >
        {date ? formatRelative(date) : ''}
      </time>
      <nav className="latest-commit-counts" aria-label="Counts">
        <CommitCount repositoryName={repositoryName} commitSpecifier={commitSpecifier} />
        <Link to={paths.branches(repositoryName)}>
          {counted(branchCount, 'branch', 'branches')}
        </Link>
        <span>{counted(tagCount, 'tag', 'tags')}</span>
      </nav>
    </div>
  );
}
