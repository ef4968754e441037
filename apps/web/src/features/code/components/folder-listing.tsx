import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { MAX_LAST_COMMIT_PATHS } from '@cc/shared/repository-home';
import { paths } from '@/lib/paths.ts';
import { shortCommitId } from '@/lib/format.ts';
import type { FolderEntry } from '@cc/shared/folder-entries';
import { parentPath } from '@cc/shared/folder-entries';
import { useLastCommits, type LastCommitsInput } from '../api/get-last-commits.ts';
import { EntryIcon } from './entry-icon.tsx';
import { LastCommitCell } from './last-commit-cell.tsx';
import './folder-listing.css';

const rowHeight = 34;
/** Below this many entries every row is rendered; above it only the rows on screen. */
const virtualizeAbove = 150;
/** Entries whose last commits are asked in one request; a long folder asks only pages in view. */
const lastCommitPage = Math.min(50, MAX_LAST_COMMIT_PATHS);

type FolderListingProps = {
  repositoryName: string;
  commitSpecifier: string;
  folderPath: string;
  entries: FolderEntry[];
};

function EntryLink({
  entry,
  repositoryName,
  commitSpecifier,
}: {
  entry: FolderEntry;
  repositoryName: string;
  commitSpecifier: string;
}) {
  if (entry.kind === 'submodule') {
    return (
      <span className="folder-entry-name">
        {entry.relativePath}{' '}
        <span className="muted mono">@ {shortCommitId(entry.commitId ?? '')}</span>
      </span>
    );
  }
  const to =
    entry.kind === 'folder'
      ? paths.tree(repositoryName, commitSpecifier, entry.absolutePath)
      : paths.blob(repositoryName, commitSpecifier, entry.absolutePath);
  return (
    <Link className="folder-entry-name" to={to}>
      {entry.relativePath}
    </Link>
  );
}

/** The entries of one folder; long folders render only the rows in view. */
export function FolderListing({
  repositoryName,
  commitSpecifier,
  folderPath,
  entries,
}: FolderListingProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtual = entries.length > virtualizeAbove;

  useLayoutEffect(() => {
    if (listRef.current)
      setScrollMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
  }, [virtual]);

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => rowHeight,
    overscan: 15,
    scrollMargin,
    enabled: virtual,
  });

  const shownPages = virtual
    ? [
        ...new Set(
          virtualizer.getVirtualItems().map((item) => Math.floor(item.index / lastCommitPage)),
        ),
      ]
    : Array.from({ length: Math.ceil(entries.length / lastCommitPage) }, (_, page) => page);
  const lastCommits = useLastCommits(
    shownPages.map((page): LastCommitsInput => ({
      repositoryName,
      commitSpecifier,
      folderPath,
      page,
      paths: entries
        .slice(page * lastCommitPage, (page + 1) * lastCommitPage)
        .map((entry) => entry.absolutePath),
    })),
  );

  const row = (entry: FolderEntry) => (
    <>
      <EntryIcon kind={entry.kind} />
      <EntryLink entry={entry} repositoryName={repositoryName} commitSpecifier={commitSpecifier} />
      <LastCommitCell repositoryName={repositoryName} commit={lastCommits[entry.absolutePath]} />
    </>
  );

  return (
    <div className="panel folder-listing">
      {folderPath && (
        <div className="folder-entry folder-parent">
          <EntryIcon kind="folder" />
          <Link
            to={paths.tree(repositoryName, commitSpecifier, parentPath(folderPath))}
            aria-label="Parent folder"
          >
            ..
          </Link>
        </div>
      )}
      {virtual && (
        <p className="folder-listing-note muted">
          {entries.length.toLocaleString()} entries: last commits are read for the rows in view.
        </p>
      )}
      {entries.length === 0 ? (
        <EmptyState title="This folder is empty" />
      ) : virtual ? (
        <ul
          ref={listRef}
          className="folder-entries"
          aria-label={`Contents of ${folderPath || 'the root folder'} (${entries.length} entries)`}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <li
                key={entry.absolutePath}
                className="folder-entry"
                aria-setsize={entries.length}
                aria-posinset={item.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${item.start - scrollMargin}px)`,
                }}
              >
                {row(entry)}
              </li>
            );
          })}
        </ul>
      ) : (
        <ul
          ref={listRef}
          className="folder-entries"
          aria-label={`Contents of ${folderPath || 'the root folder'}`}
        >
          {entries.map((entry) => (
            <li key={entry.absolutePath} className="folder-entry">
              {row(entry)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
