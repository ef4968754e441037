import { Link } from 'react-router';
import { CopyButton } from '@/components/copy-button.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { Commit } from '../api/get-commit.ts';
import { useCommit } from '../api/get-commit.ts';
import { useDifferences } from '../api/get-differences.ts';
import { ChangedFiles } from './changed-files.tsx';
import './commit-details.css';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type Person = Commit['author'];

function PersonLine({ role, person }: { role: string; person: Person }) {
  const date = gitDate(person?.date);
  return (
    <div>
      <strong>{person?.name ?? 'Unknown'}</strong>
      {person?.email && <span className="muted"> &lt;{person.email}&gt;</span>} {role}
      {date && (
        <>
          {' '}
          <time dateTime={date.toISOString()} title={formatDate(date)}>
            {formatRelative(date)}
          </time>
        </>
      )}
    </div>
  );
}

/** One commit: message, author, parents, and the diff of every file it changed against its first parent. */
export function CommitDetails({
  repositoryName,
  commitId,
}: {
  repositoryName: string;
  commitId: string;
}) {
  const commit = useCommit({ repositoryName, commitId });
  if (commit.isPending) return <Skeleton lines={6} label="Loading the commit" />;
  if (commit.isError)
    return <ErrorMessage title="The commit could not be read" error={commit.error} />;

  const { message = '', author, committer, parents } = commit.data.commit;
  const [subject = '', ...rest] = message.split('\n');
  const body = rest.join('\n').trim();
  const sameCommitter = committer?.name === author?.name && committer?.email === author?.email;

  return (
    <>
      <section className="panel commit-details" aria-labelledby="commit-subject">
        <div className="panel-body">
          <h2 id="commit-subject" className="commit-details-subject">
            {subject.trim() || '(no message)'}
          </h2>
          {body && <pre className="commit-details-body">{body}</pre>}
          <div className="commit-details-people">
            <PersonLine role="authored" person={author} />
            {!sameCommitter && committer && <PersonLine role="committed" person={committer} />}
          </div>
        </div>
        <dl className="commit-details-ids">
          <div>
            <dt>Commit</dt>
            <dd>
              <code>{commit.data.commit.commitId}</code>{' '}
              <CopyButton text={commit.data.commit.commitId} label="Copy the commit id" />
            </dd>
          </div>
          <div>
            <dt>{parents.length === 1 ? 'Parent' : 'Parents'}</dt>
            <dd>
              {parents.length === 0
                ? 'none (the first commit)'
                : parents.map((parent) => (
                    <Link
                      key={parent}
                      className="mono commit-details-parent"
                      to={paths.commit(repositoryName, parent)}
                    >
                      {shortCommitId(parent)}
                    </Link>
                  ))}
            </dd>
          </div>
          <div className="commit-details-browse">
            <Link className="button button-small" to={paths.tree(repositoryName, commitId)}>
              Browse files
            </Link>
          </div>
        </dl>
      </section>
      <CommitChanges repositoryName={repositoryName} commitId={commitId} parentId={parents[0]} />
    </>
  );
}

function CommitChanges({
  repositoryName,
  commitId,
  parentId,
}: {
  repositoryName: string;
  commitId: string;
  parentId: string | undefined;
}) {
  const differences = useDifferences({
    repositoryName,
    afterCommitSpecifier: commitId,
    ...(parentId ? { beforeCommitSpecifier: parentId } : {}),
  });
  useFirstPaintDone(!differences.isPending);
  if (differences.isPending) return <Skeleton lines={6} label="Loading the changed files" />;
  if (differences.isError)
    return <ErrorMessage title="The changes could not be read" error={differences.error} />;
  return (
    <ChangedFiles
      repositoryName={repositoryName}
      differences={differences.data.differences}
      afterCommitSpecifier={commitId}
    />
  );
}
