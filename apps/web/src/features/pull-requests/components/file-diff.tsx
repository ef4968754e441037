import type { LineCounts } from '@cc/shared/differences';
import { useMemo, useState, type ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { toDiffText } from '@/components/monaco/diff-text.ts';
import type { DiffSide } from '@/components/monaco/diff-editor.tsx';
import { LazyDiffEditor } from '@/components/monaco/lazy-diff-editor.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatBytes } from '@/lib/format.ts';
import { useBlobText } from '../api/get-blob-text.ts';
import type { PullRequestComment } from '../api/get-comments.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import type { ChangedFile } from '../lib/changed-files.ts';
import { toThreads } from '../lib/comment-threads.ts';
import { isLargeDiff } from '../lib/stream-files.ts';
import { parseSuggestion } from '../lib/suggestions.ts';
import { CommentThread } from './comment-thread.tsx';
import { ApplySuggestion } from './diff-stream/apply-suggestion.tsx';
import { useLineZones, type LineContent } from './diff-stream/line-zones.tsx';
import { NewComment, type CommentTarget } from './diff-stream/new-comment.tsx';
import './file-diff.css';

export type { CommentTarget };

export type { LineCounts };

/** What a file's diff needs from the page around it. */
export type FileDiffBaseProps = {
  input: PullRequestInput;
  file: ChangedFile;
  /** The commits the diff compares: comments are made against them. */
  beforeCommitId: string;
  afterCommitId: string;
  sideBySide: boolean;
  ignoreWhitespace: boolean;
  comments: PullRequestComment[];
  permissions: PullRequestPermissions;
  onLineCounts: (counts: LineCounts) => void;
};

type FileDiffProps = FileDiffBaseProps & {
  target: CommentTarget;
  onTarget: (target: CommentTarget) => void;
};

const sideOf = (version: string | undefined): DiffSide =>
  version === 'BEFORE' ? 'BEFORE' : 'AFTER';

/** An added file has only its new side, a deleted one only its old side. */
const onlySide = (file: ChangedFile): DiffSide | undefined =>
  file.changeType === 'A' ? 'AFTER' : file.changeType === 'D' ? 'BEFORE' : undefined;

/** The one change a diff of lines cannot show: a final newline added or removed. */
function newlineNote(file: ChangedFile, before?: string, after?: string) {
  if (file.changeType !== 'M' || !before || !after) return null;
  const had = toDiffText(before).endsWithNewline;
  if (had === toDiffText(after).endsWithNewline) return null;
  return (
    <p className="file-diff-hint muted">
      {had ? 'The new version has no newline at the end.' : 'A newline is added at the end.'}
    </p>
  );
}

/** One file's diff in Monaco, its comment threads, and a box for a new comment on a line or the file. */
export function FileDiff({
  input,
  file,
  beforeCommitId,
  afterCommitId,
  sideBySide,
  ignoreWhitespace,
  comments,
  permissions,
  target,
  onTarget,
  onLineCounts,
}: FileDiffProps) {
  const before = useBlobText(input.repositoryName, file.beforeBlobId, file.beforePath ?? file.path);
  const after = useBlobText(input.repositoryName, file.afterBlobId, file.path);
  const [loadLarge, setLoadLarge] = useState(false);

  const threads = useMemo(() => toThreads(comments), [comments]);
  // Threads on lines of the commits shown here sit under their line; the rest (on the whole
  // file, or on lines of an earlier revision) are listed under the diff.
  const onShownLine = (thread: (typeof threads)[number]) =>
    Boolean(thread.root.location?.filePosition) && thread.root.afterCommitId === afterCommitId;
  const lineThreads = threads.filter(onShownLine);
  const listedThreads = threads
    .filter((thread) => !onShownLine(thread))
    .sort((a, b) => (a.root.location?.filePosition ?? 0) - (b.root.location?.filePosition ?? 0));
  const commentedLines = useMemo(() => {
    const lines = { BEFORE: [] as number[], AFTER: [] as number[] };
    for (const thread of threads) {
      const location = thread.root.location;
      if (!location?.filePosition || thread.root.afterCommitId !== afterCommitId) continue;
      lines[sideOf(location.relativeFileVersion)].push(location.filePosition);
    }
    return lines;
  }, [threads, afterCommitId]);

  const threadView = (thread: (typeof threads)[number]) => (
    <CommentThread
      key={thread.root.commentId}
      pullRequest={input}
      thread={thread}
      permissions={permissions}
      currentSourceCommit={afterCommitId}
      showPlace
    />
  );
  const newComment = (lineTarget: Exclude<CommentTarget, null>) => (
    <NewComment
      input={input}
      file={file}
      beforeCommitId={beforeCommitId}
      afterCommitId={afterCommitId}
      target={lineTarget}
      lineText={
        lineTarget !== 'file' && lineTarget.side === 'AFTER'
          ? after.data?.text.split(/\r?\n/)[lineTarget.line - 1]
          : undefined
      }
      onDone={() => onTarget(null)}
    />
  );
  const lineContents: LineContent[] = [];
  for (const thread of lineThreads) {
    const location = thread.root.location;
    const side = sideOf(location?.relativeFileVersion);
    const line = location?.filePosition ?? 0;
    let entry = lineContents.find((content) => content.side === side && content.line === line);
    if (!entry) lineContents.push((entry = { side, line, content: [] as ReactNode[] }));
    (entry.content as ReactNode[]).push(threadView(thread));
    const replacement = parseSuggestion(thread.root.content ?? '');
    if (side === 'AFTER' && permissions.write && replacement !== undefined && after.data)
      (entry.content as ReactNode[]).push(
        <ApplySuggestion
          key={`apply:${thread.root.commentId}`}
          input={input}
          filePath={file.path}
          line={line}
          replacement={replacement}
          sourceText={after.data.text}
          sourceCommitId={afterCommitId}
        />,
      );
  }
  if (target && target !== 'file') {
    const entry = lineContents.find(
      (content) => content.side === target.side && content.line === target.line,
    );
    const box = <div key="new-comment">{newComment(target)}</div>;
    if (entry) (entry.content as ReactNode[]).push(box);
    else lineContents.push({ side: target.side, line: target.line, content: [box] });
  }
  const { zones, portals } = useLineZones(lineContents);

  const binary = before.data?.binary || after.data?.binary;
  const large = Boolean(
    !loadLarge && before.data && after.data && isLargeDiff(before.data.text, after.data.text),
  );
  const showsEditor = Boolean(before.data && after.data && !binary && !large);
  return (
    <>
      {before.isPending || after.isPending ? (
        <Skeleton lines={6} label={`Loading ${file.path}`} />
      ) : before.isError || after.isError ? (
        <ErrorMessage title="The file could not be loaded" error={before.error ?? after.error} />
      ) : binary ? (
        <p className="file-diff-message">
          Binary file ({formatBytes(before.data?.size ?? 0)} → {formatBytes(after.data?.size ?? 0)}
          ): no text to compare.
        </p>
      ) : large ? (
        <div className="file-diff-message">
          <p>
            This diff is large ({formatBytes((before.data?.size ?? 0) + (after.data?.size ?? 0))}
            ), so it is not shown until asked for.
          </p>
          <button type="button" className="button button-small" onClick={() => setLoadLarge(true)}>
            Load diff
          </button>
        </div>
      ) : (
        <LazyDiffEditor
          path={file.path}
          only={onlySide(file)}
          original={before.data?.text ?? ''}
          modified={after.data?.text ?? ''}
          sideBySide={sideBySide}
          ignoreWhitespace={ignoreWhitespace}
          // The file tree takes a column: split stays split when the reviewer asked for it.
          inlineWhenNarrow={false}
          fitContent
          ariaLabel={`Changes to ${file.path}`}
          markedLines={commentedLines}
          markLabel="Comments on this line"
          onLineClick={permissions.write ? (side, line) => onTarget({ side, line }) : undefined}
          onLineCounts={onLineCounts}
          zones={zones}
        />
      )}
      {newlineNote(file, before.data?.text, after.data?.text)}
      {portals}
      <div className="file-diff-comments">
        {target === 'file' && newComment(target)}
        {(showsEditor ? listedThreads : threads).map(threadView)}
      </div>
    </>
  );
}
