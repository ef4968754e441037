import { useId } from 'react';

type CommentDeleteButtonProps = {
  /** Whether IAM lets the signed-in person call DeleteCommentContent (the permission probe). */
  allowed: boolean;
  pending: boolean;
  onDelete: () => void;
};

const refusal =
  'Your IAM policy does not allow deleting comments (codecommit:DeleteCommentContent).';

/**
 * Delete for one's own comment. AWSCodeCommitPowerUser may edit its comments but not delete
 * them: without DeleteCommentContent the button stays in its place, disabled, and says why.
 */
export function CommentDeleteButton({ allowed, pending, onDelete }: CommentDeleteButtonProps) {
  const reasonId = useId();
  if (!allowed)
    return (
      <span title={refusal}>
        <button type="button" className="link-button" disabled aria-describedby={reasonId}>
          Delete
        </button>
        <span id={reasonId} className="visually-hidden">
          {refusal}
        </span>
      </span>
    );
  return (
    <button
      type="button"
      className="link-button link-button-danger"
      disabled={pending}
      onClick={() => {
        if (window.confirm('Delete this comment? Replies stay.')) onDelete();
      }}
    >
      Delete
    </button>
  );
}
