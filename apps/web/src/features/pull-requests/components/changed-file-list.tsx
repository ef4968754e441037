import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ChangedFile } from '../lib/changed-files.ts';
import './changed-file-list.css';

const changeLabels = { A: 'added', D: 'deleted', M: 'modified' } as const;

/** The changed files as a plain list, virtualized for pull requests that change thousands. */
export function ChangedFileList({ files }: { files: ChangedFile[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change as it scrolls; this component is left to render plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 28,
    overscan: 12,
  });
  return (
    <div ref={scrollRef} className="changed-file-list" aria-label="Changed files">
      <ul style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const file = files[item.index];
          if (!file) return null;
          return (
            <li key={file.path} style={{ transform: `translateY(${item.start}px)` }}>
              <span
                className={`change-mark change-${file.changeType}`}
                title={changeLabels[file.changeType]}
              >
                {file.changeType}
              </span>
              <span className="mono">{file.path}</span>
              {file.beforePath && <span className="muted"> (from {file.beforePath})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
