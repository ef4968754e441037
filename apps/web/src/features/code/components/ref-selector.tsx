import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { shortCommitId } from '@/lib/format.ts';
import { getCommitIdQueryOptions } from '../api/get-commit-id.ts';
import { useBranches } from '../api/list-branches.ts';
import { useGitTags } from '../api/list-git-tags.ts';
import type { RefOption } from '../lib/ref-options.ts';
import { isFullCommitId, refOptions } from '../lib/ref-options.ts';
import './ref-selector.css';

type RefSelectorProps = {
  repositoryName: string;
  commitSpecifier: string;
  /** Called with a branch or tag name, or a full commit id. */
  onSelect: (ref: string) => void;
};

const optionLabel = (option: RefOption) =>
  option.kind === 'commit' ? `Go to commit ${option.name}` : option.name;

/**
 * Switches the view to another branch or tag, or to a commit whose id (full or abbreviated) is
 * typed in. A button shows where the view is; it opens a filter box over the list (a combobox):
 * arrows move, Enter chooses, Escape closes.
 */
export function RefSelector({ repositoryName, commitSpecifier, onSelect }: RefSelectorProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [resolving, setResolving] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // Loaded when the list is first opened, not with every page that shows the selector.
  const branches = useBranches(repositoryName, { enabled: open });
  // Tags are a convenience: when git's protocol cannot be reached the branches still work.
  const tags = useGitTags(repositoryName, { enabled: open });
  const branchNames = (branches.data?.branches ?? []).map((branch) => branch.branchName);
  const tagNames = (tags.data?.tags ?? []).map((tag) => tag.tagName);
  const { options, hidden } = refOptions(query, branchNames, tagNames);
  const activeOption = options[Math.min(active, options.length - 1)];

  const close = (refocus: boolean) => {
    setOpen(false);
    setFailure(null);
    if (refocus) buttonRef.current?.focus();
  };

  // A click or focus outside closes the list, as a native select would.
  useEffect(() => {
    if (!open) return;
    const onOutside = (event: Event) => {
      if (rootRef.current?.contains(event.target as Node)) return;
      setOpen(false);
      setFailure(null);
    };
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  const choose = async (option: RefOption | undefined) => {
    if (!option || resolving) return;
    if (option.kind !== 'commit') {
      close(true);
      onSelect(option.name);
      return;
    }
    setResolving(option.name);
    setFailure(null);
    try {
      const { commitId } = await queryClient.fetchQuery(
        getCommitIdQueryOptions({ repositoryName, prefix: option.name }),
      );
      close(true);
      onSelect(commitId);
    } catch (error) {
      setFailure(error);
    } finally {
      setResolving(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    const current = Math.min(active, count - 1);
    const move = (next: number) => {
      event.preventDefault();
      setActive(next);
      document.getElementById(`${id}-option-${next}`)?.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown' && count) move((current + 1) % count);
    else if (event.key === 'ArrowUp' && count) move((current - 1 + count) % count);
    else if (event.key === 'Home' && count && event.ctrlKey) move(0);
    else if (event.key === 'End' && count && event.ctrlKey) move(count - 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(activeOption);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  const known = branchNames.includes(commitSpecifier) || tagNames.includes(commitSpecifier);
  const current =
    !known && isFullCommitId(commitSpecifier)
      ? `commit ${shortCommitId(commitSpecifier)}`
      : commitSpecifier;
  const optionIndex = (option: RefOption) => options.indexOf(option);
  const renderOption = (option: RefOption) => {
    const index = optionIndex(option);
    const isCurrent = option.kind !== 'commit' && option.name === commitSpecifier;
    return (
      <li
        key={`${option.kind}:${option.name}`}
        id={`${id}-option-${index}`}
        role="option"
        aria-selected={option === activeOption}
        className={option.kind === 'commit' ? 'mono' : undefined}
        onMouseMove={() => setActive(index)}
        onClick={() => void choose(option)}
      >
        <span className="ref-selector-check" aria-hidden="true">
          {isCurrent ? '✓' : ''}
        </span>
        {optionLabel(option)}
        {isCurrent && <span className="visually-hidden"> (current)</span>}
      </li>
    );
  };
  const group = (kind: RefOption['kind'], title: string) => {
    const members = options.filter((option) => option.kind === kind);
    if (members.length === 0) return null;
    return (
      <li role="presentation">
        <div id={`${id}-${kind}`} className="ref-selector-group" aria-hidden="true">
          {title}
        </div>
        <ul role="group" aria-labelledby={`${id}-${kind}`}>
          {members.map(renderOption)}
        </ul>
      </li>
    );
  };

  return (
    <div className="ref-selector" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button ref-selector-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          if (open) return close(false);
          setQuery('');
          setActive(0);
          setOpen(true);
        }}
      >
        <span className="visually-hidden">Branch or tag: </span>
        <span className="ref-selector-current">{current}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="ref-selector-popup" role="dialog" aria-label="Switch branch or tag">
          <input
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-activedescendant={
              activeOption ? `${id}-option-${optionIndex(activeOption)}` : undefined
            }
            aria-autocomplete="list"
            aria-label="Find a branch or tag, or type a commit id"
            placeholder="Branch, tag or commit id…"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setFailure(null);
            }}
            onKeyDown={onKeyDown}
          />
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label="Branches and tags"
            className="ref-selector-list"
          >
            {group('branch', 'Branches')}
            {group('tag', 'Tags')}
            {group('commit', 'Commit')}
          </ul>
          <p className="ref-selector-status muted" aria-live="polite">
            {branches.isPending
              ? 'Loading branches…'
              : resolving
                ? `Looking for commit ${resolving}…`
                : options.length === 0
                  ? 'Nothing matches. A commit id needs at least 4 of its hexadecimal digits.'
                  : hidden > 0
                    ? `${hidden} more match: type to narrow.`
                    : '↑↓ to choose, Enter to go, Esc to close'}
          </p>
          {failure !== null && (
            <ErrorMessage title="That commit could not be opened" error={failure} />
          )}
        </div>
      )}
    </div>
  );
}
