import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNarrowScreen } from '@/hooks/use-narrow-screen.ts';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useComments } from '../api/get-comments.ts';
import { useDifferences } from '../api/get-differences.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import {
  currentBlobId,
  toChangedFiles,
  toTreeRows,
  type ChangedFile,
} from '../lib/changed-files.ts';
import { viewedStore } from '../lib/viewed-files.ts';
import { FileDiff } from './file-diff.tsx';
import { FileTree } from './file-tree.tsx';
import './changes-tab.css';

type ChangesTabProps = {
  input: PullRequestInput;
  sourceCommit: string;
  /** What the diff starts from: the merge base, so only the pull request's own changes show. */
  baseCommit: string;
  permissions: PullRequestPermissions;
};

/** Keys typed into a text field or an editor are text, not commands. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button'].includes(target.type)) ||
    !!target.closest('.monaco-editor'));

/** The changed-file tree, one file's diff at a time, viewed marks, and `n` / `p` to move between files. */
export function ChangesTab({ input, sourceCommit, baseCommit, permissions }: ChangesTabProps) {
  const [searchParams] = useSearchParams();
  const differences = useDifferences({
    repositoryName: input.repositoryName,
    beforeCommitId: baseCommit || undefined,
    afterCommitId: sourceCommit,
  });
  const comments = useComments(input);
  const [filter, setFilter] = useState('');
  const store = useMemo(
    () => viewedStore(`${input.repositoryName}/${input.pullRequestId}`),
    [input.repositoryName, input.pullRequestId],
  );
  const [, setViewedVersion] = useState(0);

  const files = useMemo(
    () => toChangedFiles(differences.data?.differences ?? []),
    [differences.data],
  );
  const rows = useMemo(() => toTreeRows(files, filter), [files, filter]);
  const shown = useMemo(
    () => rows.flatMap((row) => (row.kind === 'file' ? [row.file] : [])),
    [rows],
  );
  const selectedPath = searchParams.get('file') ?? shown[0]?.path;
  const selected = files.find((file) => file.path === selectedPath);
  // A narrow window (800 pixels or less) shows split diffs unified.
  const narrow = useNarrowScreen();
  const sideBySide = searchParams.get('view') !== 'unified' && !narrow;
  const ignoreWhitespace = searchParams.get('whitespace') === 'hide';

  const setParam = useUpdateSearchParams();
  const select = useCallback((file: ChangedFile) => setParam('file', file.path), [setParam]);
  const isViewed = (file: ChangedFile) => store.isViewed(file.path, currentBlobId(file));
  const toggleViewed = (file: ChangedFile, viewed: boolean) => {
    store.setViewed(file.path, currentBlobId(file), viewed);
    setViewedVersion((version) => version + 1);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typingIn(event.target)) return;
      if (event.key !== 'n' && event.key !== 'p') return;
      const index = shown.findIndex((file) => file.path === selectedPath);
      const next =
        shown[event.key === 'n' ? Math.min(shown.length - 1, index + 1) : Math.max(0, index - 1)];
      if (next && next.path !== selectedPath) {
        event.preventDefault();
        select(next);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, selectedPath, select]);

  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments.data?.comments ?? []) {
      const path = comment.location?.filePath;
      if (path && !comment.deleted) counts.set(path, (counts.get(path) ?? 0) + 1);
    }
    return counts;
  }, [comments.data]);

  if (differences.isPending) return <Skeleton lines={8} label="Loading the changes" />;
  if (differences.isError)
    return (
      <ErrorMessage
        title="The changes could not be loaded"
        error={differences.error}
        onRetry={() => void differences.refetch()}
      />
    );
  if (files.length === 0)
    return (
      <EmptyState title="No changes">
        The source branch has nothing the destination lacks.
      </EmptyState>
    );

  const viewedCount = files.filter(isViewed).length;
  const fileComments = (comments.data?.comments ?? []).filter(
    (comment) => comment.location?.filePath === selected?.path,
  );

  return (
    <div className="changes-tab">
      <div className="changes-toolbar">
        <span>
          <strong>{files.length}</strong> changed {files.length === 1 ? 'file' : 'files'} ·{' '}
          {viewedCount} viewed
        </span>
        <div className="segmented" role="group" aria-label="Diff layout">
          <button type="button" aria-pressed={sideBySide} onClick={() => setParam('view', null)}>
            Split
          </button>
          <button
            type="button"
            aria-pressed={!sideBySide}
            onClick={() => setParam('view', 'unified')}
          >
            Unified
          </button>
        </div>
        <label className="changes-whitespace">
          <input
            type="checkbox"
            checked={ignoreWhitespace}
            onChange={(event) => setParam('whitespace', event.target.checked ? 'hide' : null)}
          />{' '}
          Hide whitespace
        </label>
        <span className="muted changes-keys">
          <kbd>n</kbd> next file · <kbd>p</kbd> previous
        </span>
      </div>
      <div className="changes-body">
        <aside className="changes-sidebar">
          <input
            type="search"
            aria-label="Filter changed files"
            placeholder="Filter files"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <FileTree
            rows={rows}
            selectedPath={selected?.path}
            isViewed={isViewed}
            onSelect={select}
            onToggleViewed={toggleViewed}
            commentCounts={commentCounts}
          />
        </aside>
        <div className="changes-main">
          {selected ? (
            <FileDiff
              key={selected.path}
              input={input}
              file={selected}
              beforeCommitId={baseCommit}
              afterCommitId={sourceCommit}
              sideBySide={sideBySide}
              ignoreWhitespace={ignoreWhitespace}
              comments={fileComments}
              permissions={permissions}
              viewed={isViewed(selected)}
              onToggleViewed={(viewed) => toggleViewed(selected, viewed)}
            />
          ) : (
            <EmptyState title="No file matches the filter" />
          )}
        </div>
      </div>
    </div>
  );
}
