import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { MarkdownEditor } from './markdown-editor.tsx';

type CommentFormProps = {
  label: string;
  submitLabel: string;
  initialValue?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (content: string, done: () => void) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A markdown comment box with preview; cleared once the comment is saved. */
export function CommentForm({
  label,
  submitLabel,
  initialValue = '',
  pending,
  error,
  onSubmit,
  onCancel,
  autoFocus,
}: CommentFormProps) {
  const [content, setContent] = useState(initialValue);
  return (
    <form
      className="comment-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(content, () => setContent(''));
      }}
    >
      <MarkdownEditor
        label={label}
        value={content}
        onChange={setContent}
        maxLength={10240}
        rows={3}
        autoFocus={autoFocus}
        placeholder="Leave a comment (markdown)"
      />
      {error ? <ErrorMessage title="The comment was not saved" error={error} /> : null}
      <div className="button-group comment-form-actions">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={pending || !content.trim()}
        >
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
