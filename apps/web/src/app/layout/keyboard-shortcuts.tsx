import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { isTyping } from '@/lib/is-typing.ts';
import { ShortcutHelp } from './shortcut-help.tsx';

/** The repository a path is in, if any. */
function repositoryIn(pathname: string): string | undefined {
  const match = /^\/repositories\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/**
 * The console-wide shortcuts: `?` for the list of them, and `g` followed by a letter to go to
 * a part of the repository. Views add their own (`t`, `y`, `n`, `p`); none fires while typing.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  // `g` waits for the next key; any other key, or a pause, forgets it.
  const pendingG = useRef<number | undefined>(undefined);
  // Read when a key comes, so a navigation does not re-register the listener and forget a `g`
  // pressed as the new page arrived.
  const currentPath = useRef(pathname);
  useEffect(() => {
    currentPath.current = pathname;
  }, [pathname]);

  useEffect(() => {
    const clearG = () => {
      window.clearTimeout(pendingG.current);
      pendingG.current = undefined;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return clearG();
      const repositoryName = repositoryIn(currentPath.current);
      if (pendingG.current !== undefined) {
        clearG();
        const target =
          event.key === 'r'
            ? paths.home()
            : repositoryName &&
              {
                c: paths.repository(repositoryName),
                p: `${paths.repository(repositoryName)}/pull-requests`,
                b: paths.branches(repositoryName),
              }[event.key];
        if (target) {
          // The letter is the sequence's, not a view's own shortcut (`p` in a pull request).
          event.preventDefault();
          event.stopPropagation();
          void navigate(target);
        }
        return;
      }
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === 'g') {
        pendingG.current = window.setTimeout(clearG, 1500);
      }
    };
    // Captured before any view's own shortcuts see the key.
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      clearG();
    };
  }, [navigate]);

  return (
    <>
      <button
        type="button"
        className="top-bar-help"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </>
  );
}
