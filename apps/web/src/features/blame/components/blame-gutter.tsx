import { Link } from 'react-router';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { BlameCommit } from '../lib/blame-state.ts';

type BlameGutterProps = {
  repositoryName: string;
  /** The commit that last changed the run of lines this gutter heads. */
  owner: BlameCommit | undefined;
  lineNumber: number;
};

/** Who changed a run of lines, when and why, and the way to the file just before that change. */
export function BlameGutter({ repositoryName, owner, lineNumber }: BlameGutterProps) {
  if (!owner) return <div className="blame-gutter blame-gutter-pending">Reading history…</div>;
  const { commit, previous } = owner;
  const date = gitDate(commit.author?.date ?? commit.committer?.date);
  const subject = (commit.message ?? '').split('\n')[0] ?? '';
  return (
    <div className="blame-gutter">
      <time
        className="muted blame-age"
        dateTime={date?.toISOString()}
        title={date ? formatDate(date) : undefined}
      >
        {date ? formatRelative(date) : ''}
      </time>
      <span className="blame-author" title={commit.author?.email}>
        {commit.author?.name ?? ''}
      </span>
      <Link
        className="blame-message"
        to={paths.commit(repositoryName, commit.commitId)}
        title={`${shortCommitId(commit.commitId)} ${subject}`}
      >
        {subject || shortCommitId(commit.commitId)}
      </Link>
      {previous ? (
        <Link
          className="blame-before"
          to={`${paths.blame(repositoryName, previous.commitId, previous.filePath)}#L${lineNumber}`}
          aria-label={`Blame before ${shortCommitId(commit.commitId)}`}
          title={`Blame before this commit (at ${shortCommitId(previous.commitId)})`}
        >
          ↶
        </Link>
      ) : (
        <span className="blame-before" />
      )}
    </div>
  );
}
