import { EmptyState } from '@/components/empty-state.tsx';
import type { Difference } from '../api/get-differences.ts';
import { describeChange } from '../lib/change-summary.ts';
import { DiffOptions, useDiffSettings } from './diff-options.tsx';
import { FileDiff } from './file-diff.tsx';
import './changed-files.css';

type ChangedFilesProps = {
  repositoryName: string;
  differences: Difference[];
  afterCommitSpecifier: string;
};

const anchor = (index: number) => `diff-${index + 1}`;

/** Every changed file: a list to jump from, then each file's diff, loaded as it scrolls into view. */
export function ChangedFiles({
  repositoryName,
  differences,
  afterCommitSpecifier,
}: ChangedFilesProps) {
  const settings = useDiffSettings();
  if (differences.length === 0) return <EmptyState title="No file changed" />;

  const sorted = [...differences].sort((a, b) =>
    describeChange(a).path.localeCompare(describeChange(b).path),
  );
  return (
    <div className="changed-files">
      <div className="changed-files-toolbar">
        <h2>
          {sorted.length} changed {sorted.length === 1 ? 'file' : 'files'}
        </h2>
        <DiffOptions />
      </div>
      <details className="changed-files-index">
        <summary>Files</summary>
        <ul>
          {sorted.map((difference, index) => {
            const change = describeChange(difference);
            return (
              <li key={`${change.path}:${index}`}>
                <span className={`change-badge change-${change.kind}`}>{change.kind}</span>{' '}
                <a href={`#${anchor(index)}`}>{change.path}</a>
              </li>
            );
          })}
        </ul>
      </details>
      {sorted.map((difference, index) => (
        <FileDiff
          key={`${describeChange(difference).path}:${index}`}
          id={anchor(index)}
          repositoryName={repositoryName}
          difference={difference}
          afterCommitSpecifier={afterCommitSpecifier}
          settings={settings}
        />
      ))}
    </div>
  );
}
