import { useCallback, useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatBytes } from '@/lib/format.ts';
import { isTyping } from '@/lib/is-typing.ts';
import { paths } from '@/lib/paths.ts';
import { useFile } from '../api/get-file.ts';
import { isImagePath } from '../lib/file-kind.ts';
import type { LineRange } from '../lib/line-range.ts';
import { formatLineRange, parseLineRange } from '../lib/line-range.ts';
import { DeleteFileButton } from './delete-file-button.tsx';
import { LazyCodeEditor } from './lazy-code-editor.tsx';
import './file-view.css';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type FileViewProps = {
  repositoryName: string;
  commitSpecifier: string;
  filePath: string;
  canEdit: boolean;
};

const lineCount = (content: string) =>
  content ? content.split('\n').length - (content.endsWith('\n') ? 1 : 0) : 0;

/** One file at one ref: code in Monaco, images as pictures, and a clear word for what cannot be shown. */
export function FileView({ repositoryName, commitSpecifier, filePath, canEdit }: FileViewProps) {
  const file = useFile({ repositoryName, commitSpecifier, filePath });
  const location = useLocation();
  const navigate = useNavigate();
  const lineRange = parseLineRange(location.hash);
  const hash = formatLineRange(lineRange);

  const onLineRangeChange = useCallback(
    (range: LineRange) =>
      navigate({ search: location.search, hash: formatLineRange(range) }, { replace: true }),
    [navigate, location.search],
  );

  const permalink = file.data
    ? paths.blob(repositoryName, file.data.commitId, filePath) + hash
    : undefined;

  // "y" pins the address to the commit, as on other code hosts.
  useEffect(() => {
    if (!permalink) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'y' || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTyping(event.target)) return;
      navigate(permalink);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, permalink]);

  return (
    <section className="panel file-view" aria-labelledby="file-view-title">
      <div className="panel-header file-view-header">
        <h2 id="file-view-title" className="file-view-title">
          {filePath}
        </h2>
        {file.data && (
          <span className="muted file-view-meta">
            {file.data.content !== undefined &&
              !file.data.isBinary &&
              `${lineCount(file.data.content)} ${lineCount(file.data.content) === 1 ? 'line' : 'lines'} · `}
            {file.data.fileSize !== null && formatBytes(file.data.fileSize)}
          </span>
        )}
        {file.data && (
          <div className="button-group file-view-actions">
            {canEdit && !file.data.isBinary && file.data.content !== undefined && (
              <Link
                className="button button-small"
                to={paths.edit(repositoryName, commitSpecifier, filePath)}
              >
                Edit
              </Link>
            )}
            {canEdit && (
              <DeleteFileButton
                repositoryName={repositoryName}
                branchName={commitSpecifier}
                filePath={filePath}
                parentCommitId={file.data.commitId}
              />
            )}
            {!file.data.isBinary && file.data.content !== undefined && (
              <Link
                className="button button-small"
                to={paths.blame(repositoryName, commitSpecifier, filePath)}
                title="Who last changed each line"
              >
                Blame
              </Link>
            )}
            {permalink && (
              <Link
                className="button button-small"
                to={permalink}
                title="Link to this file at this commit (y)"
              >
                Permalink
              </Link>
            )}
            <a
              className="button button-small"
              href={paths.raw(repositoryName, file.data.blobId, filePath)}
              target="_blank"
              rel="noreferrer"
            >
              Raw
            </a>
            <a
              className="button button-small"
              href={paths.raw(repositoryName, file.data.blobId, filePath, true)}
              download={filePath.split('/').pop()}
            >
              Download
            </a>
          </div>
        )}
      </div>
      <FileBody
        file={file}
        repositoryName={repositoryName}
        filePath={filePath}
        lineRange={lineRange}
        onLineRangeChange={onLineRangeChange}
      />
    </section>
  );
}

type FileBodyProps = {
  file: ReturnType<typeof useFile>;
  repositoryName: string;
  filePath: string;
  lineRange: LineRange | null;
  onLineRangeChange: (range: LineRange) => void;
};

function FileBody({ file, repositoryName, filePath, lineRange, onLineRangeChange }: FileBodyProps) {
  useFirstPaintDone(!file.isPending);
  if (file.isPending)
    return (
      <div className="panel-body">
        <Skeleton lines={12} label="Loading the file" />
      </div>
    );
  if (file.isError)
    return (
      <div className="panel-body">
        <ErrorMessage error={file.error} title="The file could not be read" />
      </div>
    );

  const { isBinary, isTooLarge, content, blobId, fileSize } = file.data;
  const size = fileSize === null ? 'larger than 6 MB' : formatBytes(fileSize);
  const download = paths.raw(repositoryName, blobId, filePath, true);
  if (isImagePath(filePath)) {
    return (
      <div className="file-view-image">
        <img src={paths.raw(repositoryName, blobId, filePath)} alt={filePath} />
      </div>
    );
  }
  if (isBinary) {
    return (
      <div className="panel-body file-view-message">
        This is a binary file ({size}) and is not shown. <a href={download}>Download it</a>.
      </div>
    );
  }
  if (isTooLarge || content === undefined) {
    return (
      <div className="panel-body file-view-message">
        This file is {size}: CodeCommit’s API returns files of up to 6 MB, so it is not shown here.
      </div>
    );
  }
  if (content === '')
    return <div className="panel-body file-view-message">This file is empty.</div>;
  return (
    <LazyCodeEditor
      path={filePath}
      value={content}
      readOnly
      lineRange={lineRange}
      onLineRangeChange={onLineRangeChange}
      ariaLabel={`Contents of ${filePath}`}
    />
  );
}
