import { useEffect, useRef } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useFileText } from '../api/get-file-text.ts';
import { isResolved, MergedTextEditor, type ConflictFileProps } from './conflict-file.tsx';
import './conflict-resolver.css';

type Props = ConflictFileProps & {
  /** Which conflict this is, and of how many: "2 of 3". */
  position: string;
  /** Done with this file: the next unresolved conflict opens, or the resolver closes. */
  onNext: () => void;
  onClose: () => void;
};

function SideText({
  repositoryName,
  commitId,
  filePath,
  label,
}: {
  repositoryName: string;
  commitId: string;
  filePath: string;
  label: string;
}) {
  const text = useFileText(repositoryName, commitId || undefined, filePath);
  return (
    <section className="conflict-resolver-column" aria-label={label}>
      <h3>{label}</h3>
      {text.isPending ? (
        <Skeleton lines={6} label={`Loading ${label}`} />
      ) : text.isError ? (
        <ErrorMessage title={`${label} could not be loaded`} error={text.error} />
      ) : (
        <pre className="conflict-resolver-text mono">{text.data}</pre>
      )}
    </section>
  );
}

/**
 * One conflicting file across the whole window: the source's and the destination's versions
 * beside the merged result being written. Taking a side or marking the result resolved moves
 * on to the next conflict. Escape closes it, keeping what was written.
 */
export function ConflictResolver(props: Props) {
  const { input, filePath, sourceCommit, destinationCommit, sourceLabel, destinationLabel } = props;
  const { resolution, onChange, onNext, onClose, position } = props;
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialogRef.current?.focus();
  }, [filePath]);
  // Marked resolved: the written text, once it holds no conflict marker.
  const writtenResolved = resolution.choice === 'USE_NEW_CONTENT' && isResolved(resolution);

  return (
    <div className="conflict-resolver-backdrop">
      <div
        ref={dialogRef}
        className="conflict-resolver"
        role="dialog"
        aria-modal="true"
        aria-label={`Resolve ${filePath}`}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <header className="conflict-resolver-header">
          <h2 className="mono">{filePath}</h2>
          <span className="muted">Conflict {position}</span>
          <div className="button-group">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                onChange({ choice: 'KEEP_SOURCE' });
                onNext();
              }}
            >
              Take {sourceLabel} (source)
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                onChange({ choice: 'KEEP_DESTINATION' });
                onNext();
              }}
            >
              Take {destinationLabel} (destination)
            </button>
            <button
              type="button"
              className="button button-small button-primary"
              disabled={!writtenResolved}
              title={writtenResolved ? undefined : 'Remove the conflict markers first'}
              onClick={onNext}
            >
              Mark resolved
            </button>
            <button type="button" className="button button-small" onClick={onClose}>
              Close
            </button>
          </div>
        </header>
        <div className="conflict-resolver-columns">
          <SideText
            repositoryName={input.repositoryName}
            commitId={sourceCommit}
            filePath={filePath}
            label={`Source: ${sourceLabel}`}
          />
          <section className="conflict-resolver-column" aria-label="Result">
            <h3>Result</h3>
            <MergedTextEditor
              {...props}
              resolution={resolution.choice === 'USE_NEW_CONTENT' ? resolution : { choice: null }}
            />
          </section>
          <SideText
            repositoryName={input.repositoryName}
            commitId={destinationCommit}
            filePath={filePath}
            label={`Destination: ${destinationLabel}`}
          />
        </div>
      </div>
    </div>
  );
}
