import { useState } from 'react';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { usePostComment } from '../api/post-comment.ts';
import { CommentForm } from './comment-form.tsx';

type Props = { input: PullRequestInput; beforeCommitId: string; afterCommitId: string };

/** A comment on the whole pull request. */
export function PullRequestCommentBox({ input, beforeCommitId, afterCommitId }: Props) {
  const post = usePostComment();
  const [clientRequestToken, setClientRequestToken] = useState(() => crypto.randomUUID());
  return (
    <div className="pull-request-comment-box">
      <h3>Add a comment</h3>
      <CommentForm
        label="Comment on the pull request"
        submitLabel="Comment"
        pending={post.isPending}
        error={post.error}
        onSubmit={(content, done) =>
          post.mutate(
            { ...input, content, beforeCommitId, afterCommitId, clientRequestToken },
            {
              onSuccess: () => {
                done();
                setClientRequestToken(crypto.randomUUID());
              },
            },
          )
        }
      />
    </div>
  );
}
