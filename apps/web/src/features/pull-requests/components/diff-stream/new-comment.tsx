import { useState } from 'react';
import type { DiffSide } from '@/components/monaco/diff-editor.tsx';
import type { PullRequestInput } from '../../api/get-pull-request.ts';
import { usePostComment } from '../../api/post-comment.ts';
import type { ChangedFile } from '../../lib/changed-files.ts';
import { suggestionFor } from '../../lib/suggestions.ts';
import { CommentForm } from '../comment-form.tsx';

/** Where a new comment goes: a line of one side, the whole file, or nowhere yet. */
export type CommentTarget = { side: DiffSide; line: number } | 'file' | null;

type NewCommentProps = {
  input: PullRequestInput;
  file: ChangedFile;
  beforeCommitId: string;
  afterCommitId: string;
  target: Exclude<CommentTarget, null>;
  /** The new version's text of the line, for a suggested change. */
  lineText?: string;
  onDone: () => void;
};

/** The box for a new comment on a line or a file, posted against the commits the diff compares. */
export function NewComment({
  input,
  file,
  beforeCommitId,
  afterCommitId,
  target,
  lineText,
  onDone,
}: NewCommentProps) {
  const post = usePostComment();
  // A suggestion starts the box again with the line in a suggestion block, ready to edit.
  const [draft, setDraft] = useState({ text: '', version: 0 });
  const [clientRequestToken, setClientRequestToken] = useState(() => crypto.randomUUID());
  const submit = (content: string, done: () => void) =>
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
          setClientRequestToken(crypto.randomUUID());
          onDone();
        },
      },
    );
  return (
    <div className="file-diff-new-comment">
      <strong>
        {target === 'file'
          ? `Comment on ${file.path}`
          : `Comment on line ${target.line} of the ${target.side === 'BEFORE' ? 'old' : 'new'} version`}
      </strong>
      {lineText !== undefined && (
        <div>
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              setDraft(({ version }) => ({ text: suggestionFor(lineText), version: version + 1 }))
            }
          >
            Suggest a change
          </button>
        </div>
      )}
      <CommentForm
        key={draft.version}
        initialValue={draft.text}
        label="New comment"
        submitLabel="Comment"
        pending={post.isPending}
        error={post.error}
        autoFocus
        onCancel={onDone}
        onSubmit={submit}
      />
    </div>
  );
}
