import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, MessageSquare } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { ChangedFile, TreeRow } from '../lib/changed-files.ts';
import './file-tree.css';

type FileTreeProps = {
  rows: TreeRow[];
  selectedPath: string | undefined;
  isViewed: (file: ChangedFile) => boolean;
  onSelect: (file: ChangedFile) => void;
  onToggleViewed: (file: ChangedFile, viewed: boolean) => void;
  commentCounts: Map<string, number>;
};

const changeLabels = { A: 'added', D: 'deleted', M: 'modified' } as const;

/** The changed files as a tree, virtualized: a pull request may change thousands of files. */
export function FileTree({
  rows,
  selectedPath,
  isViewed,
  onSelect,
  onToggleViewed,
  commentCounts,
}: FileTreeProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change as it scrolls; this component is left to render plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 28,
    overscan: 16,
  });
  const selectedRow = rows.findIndex(
    (row) => row.kind === 'file' && row.file.path === selectedPath,
  );
  useEffect(() => {
    if (selectedRow >= 0) virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedRow, virtualizer]);

  return (
    <div ref={scrollRef} className="file-tree" role="tree" aria-label="Changed files">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const style = {
            transform: `translateY(${item.start}px)`,
            paddingLeft: 8 + row.depth * 14,
          };
          if (row.kind === 'folder') {
            return (
              <div
                key={`folder:${row.path}`}
                className="file-tree-row file-tree-folder"
                style={style}
                role="treeitem"
                aria-level={row.depth + 1}
              >
                <ChevronDown size={14} aria-hidden="true" /> {row.name}
              </div>
            );
          }
          const { file } = row;
          const viewed = isViewed(file);
          const comments = commentCounts.get(file.path) ?? 0;
          return (
            <div
              key={`file:${file.path}`}
              className={`file-tree-row file-tree-file${file.path === selectedPath ? ' file-tree-selected' : ''}${viewed ? ' file-tree-viewed' : ''}`}
              style={style}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-selected={file.path === selectedPath}
            >
              <input
                type="checkbox"
                checked={viewed}
                aria-label={`Viewed ${file.path}`}
                onChange={(event) => onToggleViewed(file, event.target.checked)}
              />
              <button
                type="button"
                className="file-tree-name"
                title={file.path}
                onClick={() => onSelect(file)}
              >
                {row.name}
              </button>
              {comments > 0 && (
                <span className="file-tree-comments" title={`${comments} comments`}>
                  <MessageSquare size={12} aria-hidden="true" />
                  {comments}
                </span>
              )}
              <span
                className={`change-mark change-${file.changeType}`}
                title={changeLabels[file.changeType]}
              >
                {file.changeType}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
