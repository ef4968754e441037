import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useBlame, type BlameInput } from '../api/stream-blame.ts';
import { BlameGutter } from './blame-gutter.tsx';
import './blame-view.css';

/** Each line of a file at a ref beside the commit that last changed it, filled in as read. */
export function BlameView({ repositoryName, commitSpecifier, filePath }: BlameInput) {
  const blame = useBlame({ repositoryName, commitSpecifier, filePath });
  const { hash } = useLocation();
  const target = /^#L(\d+)$/.exec(hash)?.[1];
  const hasFile = blame.file !== undefined;
  useEffect(() => {
    if (target && hasFile)
      document.getElementById(`L${target}`)?.scrollIntoView({ block: 'center' });
  }, [target, hasFile]);

  if (blame.failure)
    return <ErrorMessage title="The blame could not be read" error={blame.failure} />;
  if (!blame.file)
    return (
      <div className="panel panel-body">
        <Skeleton lines={10} label="Reading the file" />
      </div>
    );
  const { file, owners, commits } = blame;
  const total = file.lines.length;
  const status = blame.error
    ? `Stopped: ${blame.error}`
    : blame.done
      ? blame.done.complete
        ? `${total.toLocaleString()} ${total === 1 ? 'line' : 'lines'} from ${Object.keys(commits).length.toLocaleString()} ${Object.keys(commits).length === 1 ? 'commit' : 'commits'}`
        : `History read back ${blame.done.limit?.toLocaleString() ?? ''} versions: older lines show the oldest version read`
      : `Reading history… ${blame.attributed.toLocaleString()} of ${total.toLocaleString()} lines`;
  return (
    <div className="panel blame-view">
      <div className="blame-header">
        <span className="muted" role="status" aria-live="polite">
          {status}
        </span>
        <span className="button-group">
          <Link
            className="button button-small"
            to={paths.blob(repositoryName, commitSpecifier, filePath)}
          >
            View file
          </Link>
          <Link
            className="button button-small"
            to={paths.blame(repositoryName, file.commitId, filePath)}
            title="Link to this blame at this commit"
          >
            Permalink {shortCommitId(file.commitId)}
          </Link>
        </span>
      </div>
      {total === 0 ? (
        <p className="panel-body muted">This file is empty.</p>
      ) : (
        <ol className="blame-lines" aria-label={`Blame of ${filePath}`}>
          {file.lines.map((text, index) => {
            const lineNumber = index + 1;
            const owner = owners[index];
            const startsRun = index === 0 || owners[index - 1] !== owner || owner === undefined;
            return (
              <li
                key={index}
                id={`L${lineNumber}`}
                className={`blame-line${startsRun ? ' blame-run-start' : ''}${target === String(lineNumber) ? ' blame-line-target' : ''}`}
                data-commit-id={owner}
              >
                {startsRun ? (
                  <BlameGutter
                    repositoryName={repositoryName}
                    owner={owner ? commits[owner] : undefined}
                    lineNumber={lineNumber}
                  />
                ) : (
                  <div className="blame-gutter" />
                )}
                <a className="blame-number" href={`#L${lineNumber}`}>
                  {lineNumber}
                </a>
                <code className="blame-code">{text}</code>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
