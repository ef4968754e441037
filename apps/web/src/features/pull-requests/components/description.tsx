import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown.tsx';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { useUpdatePullRequest } from '../api/update-pull-request.ts';
import { MarkdownEditor } from './markdown-editor.tsx';

/** The pull request's description, rendered, with an editor for its author. */
export function Description({
  input,
  pullRequest,
  canEdit,
}: {
  input: PullRequestInput;
  pullRequest: PullRequest;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(pullRequest.description ?? '');
  const update = useUpdatePullRequest();
  if (editing) {
    return (
      <form
        className="description-form"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ ...input, description: text }, { onSuccess: () => setEditing(false) });
        }}
      >
        <MarkdownEditor
          label="Description"
          value={text}
          onChange={setText}
          rows={8}
          maxLength={10240}
          autoFocus
        />
        {update.isError && (
          <ErrorMessage title="The description was not saved" error={update.error} />
        )}
        <div className="button-group">
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={update.isPending}
          >
            Save
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="description">
      {pullRequest.description?.trim() ? (
        <LazyMarkdown source={pullRequest.description} />
      ) : (
        <p className="muted">No description.</p>
      )}
      {canEdit && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setText(pullRequest.description ?? '');
            setEditing(true);
          }}
        >
          Edit description
        </button>
      )}
    </div>
  );
}
