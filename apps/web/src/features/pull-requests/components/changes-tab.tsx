import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNarrowScreen } from '@/hooks/use-narrow-screen.ts';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { ErrorMessage } from '@/components/error-message.tsx';
import { isTyping } from '@/lib/is-typing.ts';
import { Skeleton } from '@/components/skeleton.tsx';
import { useComments, type PullRequestComment } from '../api/get-comments.ts';
import { useDifferences } from '../api/get-differences.ts';
import { useLineCounts } from '../api/get-line-counts.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import {
  currentBlobId,
  toChangedFiles,
  toTreeRows,
  type ChangedFile,
} from '../lib/changed-files.ts';
import { isGenerated } from '../lib/stream-files.ts';
import { viewedStore } from '../lib/viewed-files.ts';
import { DiffStream, type DiffStreamHandle } from './diff-stream/diff-stream.tsx';
import { StreamFile, type LineCounts } from './diff-stream/stream-file.tsx';
import { FileTree } from './file-tree.tsx';
import './changes-tab.css';

type ChangesTabProps = {
  input: PullRequestInput;
  sourceCommit: string;
  /** What the diff starts from: the merge base, so only the pull request's own changes show. */
  baseCommit: string;
  permissions: PullRequestPermissions;
};

/**
 * Every changed file in one virtualized stream, the changed-file tree beside it following the
 * scroll, viewed marks, collapsing, and `n` / `p` to move between files.
 */
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
  const [collapsedPaths, setCollapsedPaths] = useState<ReadonlyMap<string, boolean>>(new Map());
  // Each diff counts its lines when it shows; the BFF's counts, when they come, cover them all.
  const [lineCounts, setLineCounts] = useState<ReadonlyMap<string, LineCounts>>(new Map());
  const [topIndex, setTopIndex] = useState(0);
  const streamRef = useRef<DiffStreamHandle>(null);

  const files = useMemo(
    () => toChangedFiles(differences.data?.differences ?? []),
    [differences.data],
  );
  const rows = useMemo(() => toTreeRows(files, filter), [files, filter]);
  const shown = useMemo(
    () => rows.flatMap((row) => (row.kind === 'file' ? [row.file] : [])),
    [rows],
  );
  // A narrow window (800 pixels or less) shows split diffs unified.
  const narrow = useNarrowScreen();
  const sideBySide = searchParams.get('view') !== 'unified' && !narrow;
  const ignoreWhitespace = searchParams.get('whitespace') === 'hide';
  const countedLines = useLineCounts({
    repositoryName: input.repositoryName,
    ...(baseCommit ? { beforeCommitId: baseCommit } : {}),
    afterCommitId: sourceCommit,
    ignoreWhitespace,
  });
  const [initialIndex] = useState(() => searchParams.get('file'));
  const topPath = shown[topIndex]?.path;

  const setParam = useUpdateSearchParams();
  const goTo = useCallback(
    (index: number) => {
      const file = shown[index];
      if (!file) return;
      setTopIndex(index);
      setParam('file', file.path);
      streamRef.current?.scrollToFile(index);
    },
    [shown, setParam],
  );
  const isViewed = (file: ChangedFile) => store.isViewed(file.path, currentBlobId(file));
  const isCollapsed = (file: ChangedFile) =>
    collapsedPaths.get(file.path) ?? (isGenerated(file.path) || isViewed(file));
  const setCollapsed = (file: ChangedFile, collapsed: boolean) =>
    setCollapsedPaths((paths) => new Map(paths).set(file.path, collapsed));
  const toggleViewed = (file: ChangedFile, viewed: boolean) => {
    store.setViewed(file.path, currentBlobId(file), viewed);
    setViewedVersion((version) => version + 1);
    // A file marked viewed folds away, as on GitHub; unmarked, it opens again.
    setCollapsed(file, viewed);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (event.key !== 'n' && event.key !== 'p') return;
      const next =
        event.key === 'n' ? Math.min(shown.length - 1, topIndex + 1) : Math.max(0, topIndex - 1);
      if (next !== topIndex) {
        event.preventDefault();
        goTo(next);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, topIndex, goTo]);

  const commentsByPath = useMemo(() => {
    const byPath = new Map<string, PullRequestComment[]>();
    for (const comment of comments.data?.comments ?? []) {
      const path = comment.location?.filePath;
      if (path) byPath.set(path, [...(byPath.get(path) ?? []), comment]);
    }
    return byPath;
  }, [comments.data]);
  const commentCounts = useMemo(
    () =>
      new Map(
        [...commentsByPath].map(([path, list]) => [
          path,
          list.filter((comment) => !comment.deleted).length,
        ]),
      ),
    [commentsByPath],
  );

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
            selectedPath={topPath}
            isViewed={isViewed}
            onSelect={(file) => goTo(shown.indexOf(file))}
            onToggleViewed={toggleViewed}
            commentCounts={commentCounts}
          />
        </aside>
        <div className="changes-main">
          {shown.length > 0 ? (
            <DiffStream
              // A new filter is a new stream, starting at its top.
              key={filter}
              ref={streamRef}
              files={shown}
              initialIndex={Math.max(
                0,
                shown.findIndex((file) => file.path === initialIndex),
              )}
              onTopFile={setTopIndex}
              renderFile={(file) => (
                <StreamFile
                  input={input}
                  file={file}
                  beforeCommitId={baseCommit}
                  afterCommitId={sourceCommit}
                  sideBySide={sideBySide}
                  ignoreWhitespace={ignoreWhitespace}
                  comments={commentsByPath.get(file.path) ?? noComments}
                  permissions={permissions}
                  collapsed={isCollapsed(file)}
                  onToggleCollapsed={(collapsed) => setCollapsed(file, collapsed)}
                  viewed={isViewed(file)}
                  onToggleViewed={(viewed) => toggleViewed(file, viewed)}
                  counts={countedLines.data?.counts[file.path] ?? lineCounts.get(file.path)}
                  onLineCounts={(counts) =>
                    setLineCounts((known) => {
                      const was = known.get(file.path);
                      if (was?.added === counts.added && was.removed === counts.removed)
                        return known;
                      return new Map(known).set(file.path, counts);
                    })
                  }
                />
              )}
            />
          ) : (
            <EmptyState title="No file matches the filter" />
          )}
        </div>
      </div>
    </div>
  );
}

const noComments: PullRequestComment[] = [];
