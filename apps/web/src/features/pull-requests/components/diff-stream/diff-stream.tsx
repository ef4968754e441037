import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { ChangedFile } from '../../lib/changed-files.ts';
import './diff-stream.css';

/** What the page can ask of the stream: bring a file to the top. */
export type DiffStreamHandle = { scrollToFile: (index: number) => void };

type DiffStreamProps = {
  files: readonly ChangedFile[];
  /** One file's section, header and diff. */
  renderFile: (file: ChangedFile, index: number) => React.ReactNode;
  /** The file at the top of the view, as the reader scrolls. */
  onTopFile: (index: number) => void;
  /** The file to show first, from the URL. */
  initialIndex: number;
  ref?: Ref<DiffStreamHandle>;
};

/** Collapsed header plus a few lines: a guess the virtualizer corrects as each file is measured. */
const estimateSize = () => 160;

/**
 * Every changed file, stacked in one scroll and virtualized: only the files near the view are
 * mounted, so a pull request of thousands of files loads blobs and builds editors for a screenful.
 */
export function DiffStream({ files, renderFile, onTopFile, initialIndex, ref }: DiffStreamProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const topRef = useRef(onTopFile);
  useEffect(() => {
    topRef.current = onTopFile;
  });
  // The virtualizer's functions change as it scrolls; this component is left to render plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey: (index) => files[index]?.path ?? index,
    overscan: 2,
    gap: 12,
    onChange: (instance) => {
      const offset = instance.scrollOffset ?? 0;
      const top = instance.getVirtualItems().find((item) => item.end > offset + 1);
      if (top) topRef.current(top.index);
    },
  });
  useImperativeHandle(
    ref,
    () => ({ scrollToFile: (index) => virtualizer.scrollToIndex(index, { align: 'start' }) }),
    [virtualizer],
  );
  useEffect(() => {
    if (initialIndex > 0) virtualizer.scrollToIndex(initialIndex, { align: 'start' });
    // Only where the reader arrived: later moves come through scrollToFile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div ref={scrollRef} className="diff-stream" aria-label="All changes" tabIndex={-1}>
      <div className="diff-stream-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const file = files[item.index];
          if (!file) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="diff-stream-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderFile(file, item.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
