import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { isGenerated, isImage } from '../../lib/stream-files.ts';
import {
  FileDiff,
  type CommentTarget,
  type FileDiffBaseProps,
  type LineCounts,
} from '../file-diff.tsx';
import '../badges.css';
import { ImageDiff } from './image-diff.tsx';

export type { LineCounts };

export type StreamFileProps = FileDiffBaseProps & {
  collapsed: boolean;
  onToggleCollapsed: (collapsed: boolean) => void;
  viewed: boolean;
  onToggleViewed: (viewed: boolean) => void;
  counts: LineCounts | undefined;
};

/** One file in the stream: its header (+N / −M, collapse, viewed) and, unless collapsed, its diff. */
export function StreamFile(props: StreamFileProps) {
  const { input, file, collapsed, onToggleCollapsed, viewed, onToggleViewed, counts } = props;
  const [target, setTarget] = useState<CommentTarget>(null);
  const Chevron = collapsed ? ChevronRight : ChevronDown;
  return (
    <section
      className={`file-diff panel${collapsed ? ' file-diff-collapsed' : ''}`}
      aria-label={`Changes to ${file.path}`}
    >
      <div className="panel-header file-diff-header">
        <button
          type="button"
          className="icon-button"
          aria-expanded={!collapsed}
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${file.path}`}
          onClick={() => onToggleCollapsed(!collapsed)}
        >
          <Chevron size={16} aria-hidden="true" />
        </button>
        <span className={`change-mark change-${file.changeType}`}>{file.changeType}</span>
        <h3 className="file-diff-path mono">
          {file.beforePath && <span className="muted">{file.beforePath} → </span>}
          {file.path}
        </h3>
        {isGenerated(file.path) && <span className="badge">Generated</span>}
        {counts && (
          <span
            className="file-diff-counts mono"
            aria-label={`${counts.added} lines added, ${counts.removed} removed`}
          >
            <span className="file-diff-added">+{counts.added}</span>{' '}
            <span className="file-diff-removed">−{counts.removed}</span>
          </span>
        )}
        <label className="file-diff-viewed">
          <input
            type="checkbox"
            checked={viewed}
            onChange={(event) => onToggleViewed(event.target.checked)}
          />{' '}
          Viewed
        </label>
        {props.permissions.write && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              onToggleCollapsed(false);
              setTarget('file');
            }}
          >
            Comment on file
          </button>
        )}
      </div>
      {collapsed ? null : isImage(file.path) ? (
        <ImageDiff repositoryName={input.repositoryName} file={file} />
      ) : (
        <FileDiff {...props} target={target} onTarget={setTarget} />
      )}
    </section>
  );
}
