import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyDiffEditor } from '@/components/monaco/lazy-diff-editor.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useInView } from '@/hooks/use-in-view.ts';
import { formatBytes } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { Difference } from '../api/get-differences.ts';
import { useBlobText } from '@/lib/blob-text.ts';
import { describeChange } from '../lib/change-summary.ts';
import type { DiffSettings } from './diff-options.tsx';

type FileDiffProps = {
  id: string;
  repositoryName: string;
  difference: Difference;
  /** Where the file's "after" version can be browsed. */
  afterCommitSpecifier: string;
  settings: DiffSettings;
};

/** One changed file: its header at once, its diff only once it is scrolled near. */
export function FileDiff({
  id,
  repositoryName,
  difference,
  afterCommitSpecifier,
  settings,
}: FileDiffProps) {
  const [ref, inView] = useInView<HTMLElement>();
  const [open, setOpen] = useState(true);
  const change = describeChange(difference);

  return (
    <section
      ref={ref}
      id={id}
      className="panel file-diff"
      aria-label={`${change.kind} ${change.path}`}
    >
      <div className="panel-header file-diff-header">
        <button
          type="button"
          className="file-diff-toggle"
          aria-expanded={open}
          aria-label={open ? `Collapse ${change.path}` : `Expand ${change.path}`}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
        <span className={`change-badge change-${change.kind}`}>{change.kind}</span>
        <h3 className="file-diff-path">
          {change.previousPath && <span className="muted">{change.previousPath} → </span>}
          {change.path}
        </h3>
        {change.kind !== 'deleted' && (
          <Link
            className="button button-small file-diff-view"
            to={paths.blob(repositoryName, afterCommitSpecifier, change.path)}
          >
            View file
          </Link>
        )}
      </div>
      {open &&
        (inView ? (
          <DiffBody
            repositoryName={repositoryName}
            difference={difference}
            path={change.path}
            settings={settings}
          />
        ) : (
          <div className="file-diff-placeholder" />
        ))}
    </section>
  );
}

type DiffBodyProps = {
  repositoryName: string;
  difference: Difference;
  path: string;
  settings: DiffSettings;
};

function DiffBody({ repositoryName, difference, path, settings }: DiffBodyProps) {
  const beforeBlobId = difference.beforeBlob?.blobId;
  const afterBlobId = difference.afterBlob?.blobId;
  const before = useBlobText(
    { repositoryName, blobId: beforeBlobId ?? '', filePath: difference.beforeBlob?.path ?? path },
    { enabled: Boolean(beforeBlobId) },
  );
  const after = useBlobText(
    { repositoryName, blobId: afterBlobId ?? '', filePath: path },
    { enabled: Boolean(afterBlobId) },
  );

  const pending = (beforeBlobId && before.isPending) || (afterBlobId && after.isPending);
  if (pending)
    return (
      <div className="panel-body">
        <Skeleton lines={6} label={`Loading the diff of ${path}`} />
      </div>
    );
  const error = before.error ?? after.error;
  if (error)
    return (
      <div className="panel-body">
        <ErrorMessage title="This diff could not be loaded" error={error} />
      </div>
    );

  const beforeBlob = beforeBlobId ? before.data : undefined;
  const afterBlob = afterBlobId ? after.data : undefined;
  if (beforeBlob?.isBinary || afterBlob?.isBinary) {
    const sizes = [
      beforeBlob && formatBytes(beforeBlob.size),
      afterBlob && formatBytes(afterBlob.size),
    ]
      .filter(Boolean)
      .join(' → ');
    return (
      <p className="panel-body muted file-diff-binary">
        Binary file {sizes ? `(${sizes})` : ''} not shown.
      </p>
    );
  }
  const original = beforeBlob && !beforeBlob.isBinary ? beforeBlob.text : '';
  const modified = afterBlob && !afterBlob.isBinary ? afterBlob.text : '';
  if (original === modified)
    return <p className="panel-body muted file-diff-binary">Only the file mode changed.</p>;
  return (
    <LazyDiffEditor
      path={path}
      original={original}
      modified={modified}
      // One side is empty for an added or deleted file: no point giving it half the width.
      sideBySide={settings.sideBySide && Boolean(original) && Boolean(modified)}
      ignoreWhitespace={settings.ignoreWhitespace}
      ariaLabel={`Changes to ${path}`}
    />
  );
}
