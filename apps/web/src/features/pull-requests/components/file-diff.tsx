import { useMemo, useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyDiffEditor } from '@/components/monaco/lazy-diff-editor.tsx';
import { toDiffText } from '@/components/monaco/diff-text.ts';
import type { DiffSide } from '@/components/monaco/diff-editor.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatBytes } from '@/lib/format.ts';
import { useBlobText } from '../api/get-blob-text.ts';
import type { PullRequestComment } from '../api/get-comments.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { usePostComment } from '../api/post-comment.ts';
import type { ChangedFile } from '../lib/changed-files.ts';
import { toThreads } from '../lib/comment-threads.ts';
import { CommentForm } from './comment-form.tsx';
import { CommentThread } from './comment-thread.tsx';
import './file-diff.css';

type FileDiffProps = {
  input: PullRequestInput;
  file: ChangedFile;
  /** The commits the diff compares: comments are made against them. */
  beforeCommitId: string;
  afterCommitId: string;
  sideBySide: boolean;
  ignoreWhitespace: boolean;
  comments: PullRequestComment[];
  permissions: PullRequestPermissions;
  viewed: boolean;
  onToggleViewed: (viewed: boolean) => void;
};

type Target = { side: DiffSide; line: number } | 'file' | null;

/** The one change a diff of lines cannot show: a final newline added or removed. */
function newlineNote(file: ChangedFile, before?: string, after?: string) {
  if (file.changeType !== 'M' || before === undefined || after === undefined) return null;
  const had = toDiffText(before).endsWithNewline;
  if (had === toDiffText(after).endsWithNewline || !before || !after) return null;
  return (
    <p className="file-diff-hint muted">
      {had ? 'The new version has no newline at the end.' : 'A newline is added at the end.'}
    </p>
  );
}

/** An added file has only its new side, a deleted one only its old side. */
const onlySide = (file: ChangedFile): DiffSide | undefined =>
  file.changeType === 'A' ? 'AFTER' : file.changeType === 'D' ? 'BEFORE' : undefined;

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
  viewed,
  onToggleViewed,
}: FileDiffProps) {
  const before = useBlobText(input.repositoryName, file.beforeBlobId, file.beforePath ?? file.path);
  const after = useBlobText(input.repositoryName, file.afterBlobId, file.path);
  const post = usePostComment();
  const [target, setTarget] = useState<Target>(null);
  const [clientRequestToken, setClientRequestToken] = useState(() => crypto.randomUUID());

  const threads = useMemo(() => toThreads(comments), [comments]);
  const lineThreads = threads
    .filter((thread) => thread.root.location?.filePosition)
    .sort((a, b) => (a.root.location?.filePosition ?? 0) - (b.root.location?.filePosition ?? 0));
  const fileThreads = threads.filter((thread) => !thread.root.location?.filePosition);
  const commentedLines = useMemo(() => {
    const lines = { BEFORE: [] as number[], AFTER: [] as number[] };
    for (const thread of threads) {
      const location = thread.root.location;
      // Only comments on the commits shown here land on these lines; older ones are listed below.
      if (!location?.filePosition || thread.root.afterCommitId !== afterCommitId) continue;
      lines[location.relativeFileVersion === 'BEFORE' ? 'BEFORE' : 'AFTER'].push(
        location.filePosition,
      );
    }
    return lines;
  }, [threads, afterCommitId]);

  const submit = (content: string, done: () => void) => {
    if (!target) return;
    post.mutate(
      {
        ...input,
        content,
        beforeCommitId,
        afterCommitId,
        location:
          target === 'file'
            ? {
                filePath: file.path,
                relativeFileVersion: file.changeType === 'D' ? 'BEFORE' : 'AFTER',
              }
            : { filePath: file.path, filePosition: target.line, relativeFileVersion: target.side },
        clientRequestToken,
      },
      {
        onSuccess: () => {
          done();
          setTarget(null);
          setClientRequestToken(crypto.randomUUID());
        },
      },
    );
  };

  const binary = before.data?.binary || after.data?.binary;
  return (
    <section className="file-diff panel" aria-label={`Changes to ${file.path}`}>
      <div className="panel-header file-diff-header">
        <span className={`change-mark change-${file.changeType}`}>{file.changeType}</span>
        <h3 className="file-diff-path mono">
          {file.beforePath && <span className="muted">{file.beforePath} → </span>}
          {file.path}
        </h3>
        <label className="file-diff-viewed">
          <input
            type="checkbox"
            checked={viewed}
            onChange={(event) => onToggleViewed(event.target.checked)}
          />{' '}
          Viewed
        </label>
        {permissions.write && (
          <button type="button" className="button button-small" onClick={() => setTarget('file')}>
            Comment on file
          </button>
        )}
      </div>
      {before.isPending || after.isPending ? (
        <Skeleton lines={10} label="Loading the file" />
      ) : before.isError || after.isError ? (
        <ErrorMessage title="The file could not be loaded" error={before.error ?? after.error} />
      ) : binary ? (
        <p className="file-diff-message">
          Binary file ({formatBytes(before.data?.size ?? 0)} → {formatBytes(after.data?.size ?? 0)}
          ): no text to compare.
        </p>
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
          ariaLabel={`Changes to ${file.path}`}
          markedLines={commentedLines}
          markLabel="Comments on this line"
          onLineClick={permissions.write ? (side, line) => setTarget({ side, line }) : undefined}
        />
      )}
      {newlineNote(file, before.data?.text, after.data?.text)}
      {permissions.write && !target && !binary && (
        <p className="file-diff-hint muted">Click a line number to comment on that line.</p>
      )}
      <div className="file-diff-comments">
        {target && (
          <div className="file-diff-new-comment">
            <strong>
              {target === 'file'
                ? `Comment on ${file.path}`
                : `Comment on line ${target.line} of the ${target.side === 'BEFORE' ? 'old' : 'new'} version`}
            </strong>
            <CommentForm
              label="New comment"
              submitLabel="Comment"
              pending={post.isPending}
              error={post.error}
              autoFocus
              onCancel={() => setTarget(null)}
              onSubmit={submit}
            />
          </div>
        )}
        {[...fileThreads, ...lineThreads].map((thread) => (
          <CommentThread
            key={thread.root.commentId}
            pullRequest={input}
            thread={thread}
            permissions={permissions}
            currentSourceCommit={afterCommitId}
            showPlace
          />
        ))}
      </div>
    </section>
  );
}
