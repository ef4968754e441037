import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyDiffEditor } from '@/components/monaco/lazy-diff-editor.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useBlobText } from '../api/get-blob-text.ts';
import type { ChangedFile } from '../lib/changed-files.ts';

function DiffBody({ repositoryName, file }: { repositoryName: string; file: ChangedFile }) {
  const before = useBlobText(repositoryName, file.beforeBlobId, file.beforePath ?? file.path);
  const after = useBlobText(repositoryName, file.afterBlobId, file.path);
  if (before.isPending || after.isPending) return <Skeleton lines={6} label="Loading the file" />;
  if (before.isError || after.isError)
    return (
      <ErrorMessage title="The file could not be loaded" error={before.error ?? after.error} />
    );
  if (before.data?.binary || after.data?.binary)
    return <p className="file-diff-message">Binary file: no text to compare.</p>;
  return (
    <LazyDiffEditor
      path={file.path}
      original={before.data?.text ?? ''}
      modified={after.data?.text ?? ''}
      sideBySide
      ignoreWhitespace={false}
      ariaLabel={`Changes to ${file.path}`}
    />
  );
}

/**
 * One file of a pull request not yet created, in the same diff editor as a pull request's
 * changes, without comments. Collapsed files load nothing until opened.
 */
export function PreviewFileDiff({
  repositoryName,
  file,
  initiallyOpen,
}: {
  repositoryName: string;
  file: ChangedFile;
  initiallyOpen: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="preview-file-diff panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="panel-header">
        <span className={`change-mark change-${file.changeType}`}>{file.changeType}</span>{' '}
        <span className="mono">
          {file.beforePath && <span className="muted">{file.beforePath} → </span>}
          {file.path}
        </span>
      </summary>
      {open && <DiffBody repositoryName={repositoryName} file={file} />}
    </details>
  );
}
