import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { isTyping } from '@/lib/is-typing.ts';
import { paths } from '@/lib/paths.ts';
import { useFilePaths } from '../api/list-file-paths.ts';
import type { Match } from '../lib/fuzzy-match.ts';
import { rankPaths } from '../lib/fuzzy-match.ts';
import './file-finder.css';

type FileFinderProps = { repositoryName: string; commitSpecifier: string };

/** Typing `t` outside a text field opens the finder, as on other code hosts. */
function useFinderShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (
        event.key !== 't' ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        event.defaultPrevented
      )
        return;
      if (isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

function Highlighted({ match }: { match: Match }) {
  const marked = new Set(match.positions);
  return (
    <>
      {[...match.path].map((char, index) =>
        marked.has(index) ? <mark key={index}>{char}</mark> : char,
      )}
    </>
  );
}

/** "Go to file": every path of the ref, filtered as you type; Enter opens the chosen one. */
export function FileFinder({ repositoryName, commitSpecifier }: FileFinderProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const filePaths = useFilePaths({ repositoryName, commitSpecifier }, { enabled: isOpen });
  const matches = filePaths.data ? rankPaths(deferredQuery, filePaths.data) : [];

  const open = () => {
    setIsOpen(true);
    setQuery('');
    setActive(0);
    dialogRef.current?.showModal();
  };
  useFinderShortcut(open);

  const choose = (path: string | undefined) => {
    if (!path) return;
    dialogRef.current?.close();
    navigate(paths.blob(repositoryName, commitSpecifier, path));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && matches.length) {
      event.preventDefault();
      const next = (active + step + matches.length) % matches.length;
      setActive(next);
      document.getElementById(`${id}-option-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[active]?.path);
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={open} aria-keyshortcuts="t">
        Go to file <kbd aria-hidden="true">t</kbd>
      </button>
      <dialog
        ref={dialogRef}
        className="file-finder"
        aria-labelledby={`${id}-title`}
        onClose={() => setIsOpen(false)}
      >
        <h2 id={`${id}-title`} className="visually-hidden">
          Go to file
        </h2>
        <input
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={matches[active] ? `${id}-option-${active}` : undefined}
          aria-autocomplete="list"
          aria-label="Find a file"
          placeholder={`Find a file in ${commitSpecifier}…`}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {filePaths.isPending ? (
          <Skeleton lines={5} label="Listing files" />
        ) : filePaths.isError ? (
          <ErrorMessage title="The files could not be listed" error={filePaths.error} />
        ) : (
          <>
            <ul
              id={`${id}-list`}
              role="listbox"
              aria-label="Matching files"
              className="file-finder-list"
            >
              {matches.map((match, index) => (
                <li
                  key={match.path}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(match.path)}
                >
                  <Highlighted match={match} />
                </li>
              ))}
            </ul>
            <p className="file-finder-status muted" aria-live="polite">
              {matches.length === 0
                ? 'No file matches.'
                : `${matches.length === 50 ? 'First 50' : matches.length} of ${filePaths.data.length} files · ↑↓ to choose, Enter to open, Esc to close`}
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
