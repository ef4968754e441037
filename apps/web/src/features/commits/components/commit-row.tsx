import { Link } from 'react-router';
import { CopyButton } from '@/components/copy-button.tsx';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { HistoryCommit } from '../api/get-commit-history.ts';

type CommitRowProps = {
  repositoryName: string;
  commit: HistoryCommit;
  filePath: string | undefined;
};

/** A commit's subject, author, age and id, with a way to browse the files as they were. */
export function CommitRow({ repositoryName, commit, filePath }: CommitRowProps) {
  const date = gitDate(commit.author?.date ?? commit.committer?.date);
  const [subject = '', ...body] = (commit.message ?? '').split('\n');
  return (
    <>
      <div className="commit-row-main">
        <Link className="commit-subject" to={paths.commit(repositoryName, commit.commitId)}>
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
    </>
  );
}
