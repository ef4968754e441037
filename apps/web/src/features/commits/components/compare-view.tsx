import { useId } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useComparison } from '../api/get-comparison.ts';
import { ChangedFiles } from './changed-files.tsx';
import './compare-view.css';

type CompareViewProps = {
  repositoryName: string;
  /** Branch and tag names to choose from. */
  refNames: { branches: string[]; tags: string[] };
  destination: string;
  source: string;
  onChange: (destination: string, source: string) => void;
};

function RefSelect({
  label,
  value,
  refNames,
  onChange,
}: {
  label: string;
  value: string;
  refNames: CompareViewProps['refNames'];
  onChange: (ref: string) => void;
}) {
  const id = useId();
  const known = refNames.branches.includes(value) || refNames.tags.includes(value);
  return (
    <div className="compare-ref">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {!known && <option value={value}>{value || 'Choose…'}</option>}
        <optgroup label="Branches">
          {refNames.branches.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </optgroup>
        {refNames.tags.length > 0 && (
          <optgroup label="Tags">
            {refNames.tags.map((name) => (
              <option key={`tag:${name}`} value={name}>
                {name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}

/** Any two refs: what merging the source into the destination would bring, from their merge base. */
export function CompareView({
  repositoryName,
  refNames,
  destination,
  source,
  onChange,
}: CompareViewProps) {
  const ready = Boolean(destination && source && destination !== source);
  const comparison = useComparison(
    { repositoryName, destinationCommitSpecifier: destination, sourceCommitSpecifier: source },
    { enabled: ready },
  );

  return (
    <>
      <div className="compare-form">
        <RefSelect
          label="Destination"
          value={destination}
          refNames={refNames}
          onChange={(ref) => onChange(ref, source)}
        />
        <button
          type="button"
          className="button compare-swap"
          onClick={() => onChange(source, destination)}
          aria-label="Swap destination and source"
        >
          ⇄
        </button>
        <RefSelect
          label="Source"
          value={source}
          refNames={refNames}
          onChange={(ref) => onChange(destination, ref)}
        />
      </div>
      {!ready ? (
        <EmptyState title="Choose two different refs">
          The source is what would be merged; the destination is where it would go.
        </EmptyState>
      ) : comparison.isPending ? (
        <Skeleton lines={6} label="Comparing" />
      ) : comparison.isError ? (
        <ErrorMessage title="These refs could not be compared" error={comparison.error} />
      ) : (
        <>
          <p className="compare-summary">
            Changes on <strong>{source}</strong> since it left <strong>{destination}</strong> at
            merge base{' '}
            <Link className="mono" to={paths.commit(repositoryName, comparison.data.baseCommitId)}>
              {shortCommitId(comparison.data.baseCommitId)}
            </Link>
            .
          </p>
          <ChangedFiles
            repositoryName={repositoryName}
            differences={comparison.data.differences}
            afterCommitSpecifier={comparison.data.sourceCommitId}
          />
        </>
      )}
    </>
  );
}
