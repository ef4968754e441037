import { useEffect } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useConflict } from '../api/get-conflict.ts';
import { useFileText } from '../api/get-file-text.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { hasConflictMarkers, mergedText } from '../lib/merged-text.ts';
import { LazyMergeTextEditor } from './lazy-merge-text-editor.tsx';

export type Resolution = {
  choice: 'KEEP_SOURCE' | 'KEEP_DESTINATION' | 'USE_NEW_CONTENT' | null;
  content?: string;
};

/** A choice is made, and merged text, when written, holds no conflict marker. */
export const isResolved = (resolution: Resolution | undefined): boolean =>
  !!resolution?.choice &&
  (resolution.choice !== 'USE_NEW_CONTENT' ||
    (resolution.content !== undefined && !hasConflictMarkers(resolution.content)));

export type ConflictFileProps = {
  input: PullRequestInput;
  filePath: string;
  sourceCommit: string;
  destinationCommit: string;
  baseCommit: string;
  sourceLabel: string;
  destinationLabel: string;
  numberOfConflicts?: number;
  binary: boolean;
  resolution: Resolution;
  onChange: (resolution: Resolution) => void;
  /** Opens the file in the full-width resolver. */
  onOpen?: () => void;
};

/** The merged text to start editing from: the base with both sides' changes, conflicts marked. */
export function MergedTextEditor({
  input,
  filePath,
  sourceCommit,
  destinationCommit,
  baseCommit,
  sourceLabel,
  destinationLabel,
  resolution,
  onChange,
}: ConflictFileProps) {
  const conflict = useConflict({
    ...input,
    filePath,
    mergeOption: 'THREE_WAY_MERGE',
    sourceCommit,
    destinationCommit,
  });
  const base = useFileText(input.repositoryName, baseCommit || undefined, filePath);
  const ready = conflict.data && (base.data !== undefined || !baseCommit);
  useEffect(() => {
    if (!ready || resolution.content !== undefined) return;
    onChange({
      choice: 'USE_NEW_CONTENT',
      content: mergedText({
        baseText: base.data ?? '',
        hunks: conflict.data?.mergeHunks ?? [],
        sourceLabel,
        destinationLabel,
      }),
    });
  }, [
    ready,
    resolution.content,
    base.data,
    conflict.data,
    sourceLabel,
    destinationLabel,
    onChange,
  ]);
  if (conflict.isError)
    return <ErrorMessage title="The conflict could not be loaded" error={conflict.error} />;
  if (base.isError)
    return <ErrorMessage title="The common ancestor could not be loaded" error={base.error} />;
  if (resolution.content === undefined)
    return <Skeleton lines={6} label="Preparing the merged text" />;
  return (
    <>
      <LazyMergeTextEditor
        path={filePath}
        value={resolution.content}
        ariaLabel={`Merged text of ${filePath}`}
        onChange={(content) => onChange({ choice: 'USE_NEW_CONTENT', content })}
      />
      {hasConflictMarkers(resolution.content) && (
        <p className="field-error">
          Remove the conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======,
          &gt;&gt;&gt;&gt;&gt;&gt;&gt;) before merging.
        </p>
      )}
    </>
  );
}

/** One conflicting file: keep the source's version, the destination's, or write the merged text. */
export function ConflictFile(props: ConflictFileProps) {
  const {
    filePath,
    numberOfConflicts,
    binary,
    resolution,
    onChange,
    sourceLabel,
    destinationLabel,
    onOpen,
  } = props;
  const name = `resolution-${filePath}`;
  const options: { value: NonNullable<Resolution['choice']>; label: string }[] = [
    { value: 'KEEP_SOURCE', label: `Take ${sourceLabel} (source)` },
    { value: 'KEEP_DESTINATION', label: `Take ${destinationLabel} (destination)` },
    ...(binary ? [] : [{ value: 'USE_NEW_CONTENT' as const, label: 'Edit the merged text' }]),
  ];
  return (
    <li className="conflict-file">
      <div className="conflict-file-header">
        <span className="mono conflict-file-path">{filePath}</span>
        {numberOfConflicts ? (
          <span className="muted">
            {numberOfConflicts} conflicting {numberOfConflicts === 1 ? 'hunk' : 'hunks'}
          </span>
        ) : null}
        {isResolved(resolution) && <span className="badge badge-approved">resolved</span>}
        {!binary && onOpen && (
          <button type="button" className="button button-small" onClick={onOpen}>
            Open resolver
          </button>
        )}
      </div>
      <fieldset className="conflict-file-choices">
        <legend className="visually-hidden">Resolve {filePath}</legend>
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={resolution.choice === option.value}
              onChange={() => {
                if (option.value !== 'USE_NEW_CONTENT') return onChange({ choice: option.value });
                onChange({ choice: 'USE_NEW_CONTENT', content: resolution.content });
                onOpen?.();
              }}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      {resolution.choice === 'USE_NEW_CONTENT' && !onOpen && <MergedTextEditor {...props} />}
      {resolution.choice === 'USE_NEW_CONTENT' && onOpen && !isResolved(resolution) && (
        <p className="field-error">The merged text still holds conflict markers.</p>
      )}
    </li>
  );
}
