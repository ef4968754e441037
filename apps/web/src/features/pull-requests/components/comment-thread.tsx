import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { ErrorMessage } from '@/components/error-message.tsx';
import { formatDate, formatRelative, shortCommitId } from '@/lib/format.ts';
import {
  useDeleteComment,
  useReactToComment,
  useReplyToComment,
  useUpdateComment,
} from '../api/change-comment.ts';
import type { PullRequestComment } from '../api/get-comments.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { Thread } from '../lib/comment-threads.ts';
import { personFromArn } from '@/lib/names.ts';
import { CommentDeleteButton } from './comment-delete-button.tsx';
import { CommentForm } from './comment-form.tsx';
import { CommentReactions } from './comment-reactions.tsx';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown.tsx';
import './comments.css';

type CommentProps = {
  pullRequest: PullRequestInput;
  comment: PullRequestComment;
  permissions: PullRequestPermissions;
};

function CommentView({ pullRequest, comment, permissions }: CommentProps) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateComment();
  const remove = useDeleteComment();
  const react = useReactToComment();
  const commentId = comment.commentId ?? '';
  const author = personFromArn(comment.authorArn);
  const edited = comment.lastModifiedDate && comment.lastModifiedDate !== comment.creationDate;
  return (
    <article className="comment" aria-label={`Comment by ${author}`} data-comment-id={commentId}>
      <header className="comment-header">
        <strong>{author}</strong>
        {comment.creationDate && (
          <time
            className="muted"
            dateTime={comment.creationDate}
            title={formatDate(comment.creationDate)}
          >
            {formatRelative(comment.creationDate)}
          </time>
        )}
        {edited && !comment.deleted && <span className="muted">(edited)</span>}
        {comment.callerIsAuthor && !comment.deleted && permissions.write && !editing && (
          <span className="comment-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <CommentDeleteButton
              allowed={permissions.deleteComment}
              pending={remove.isPending}
              onDelete={() => remove.mutate({ ...pullRequest, commentId })}
            />
          </span>
        )}
      </header>
      {comment.deleted ? (
        <p className="muted comment-deleted">This comment was deleted.</p>
      ) : editing ? (
        <CommentForm
          label="Edit comment"
          submitLabel="Save"
          initialValue={comment.content ?? ''}
          pending={update.isPending}
          error={update.error}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={(content) =>
            update.mutate(
              { ...pullRequest, commentId, content },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      ) : (
        <LazyMarkdown source={comment.content ?? ''} />
      )}
      {remove.isError && <ErrorMessage title="The comment was not deleted" error={remove.error} />}
      {!comment.deleted && (
        <CommentReactions
          reactionCounts={comment.reactionCounts}
          callerReactions={comment.callerReactions}
          canReact={permissions.write}
          pending={react.isPending}
          onReact={(reactionValue) => react.mutate({ ...pullRequest, commentId, reactionValue })}
        />
      )}
      {react.isError && <ErrorMessage title="The reaction was not saved" error={react.error} />}
    </article>
  );
}

type CommentThreadProps = {
  pullRequest: PullRequestInput;
  thread: Thread<PullRequestComment>;
  permissions: PullRequestPermissions;
  /** The source tip now: a thread made on another commit says which. */
  currentSourceCommit?: string;
  showPlace?: boolean;
};

/** A comment with its replies and a reply box. */
export function CommentThread({
  pullRequest,
  thread,
  permissions,
  currentSourceCommit,
  showPlace,
}: CommentThreadProps) {
  const [replying, setReplying] = useState(false);
  const reply = useReplyToComment();
  const [clientRequestToken, setClientRequestToken] = useState(() => crypto.randomUUID());
  const { root } = thread;
  const location = root.location;
  const outdated =
    currentSourceCommit && root.afterCommitId && root.afterCommitId !== currentSourceCommit;
  return (
    <div className="comment-thread">
      {(showPlace || outdated) && (
        <div className="comment-thread-place muted">
          {showPlace && location?.filePath && (
            <span className="mono">
              {location.filePath}
              {location.filePosition
                ? `, line ${location.filePosition} (${location.relativeFileVersion === 'BEFORE' ? 'old' : 'new'})`
                : ''}
            </span>
          )}
          {outdated && root.afterCommitId && (
            <span className="comment-outdated" title="The file may have changed since">
              on commit {shortCommitId(root.afterCommitId)}, an earlier revision
              {location?.filePath && (
                <>
                  {' · '}
                  <Link
                    to={paths.blob(
                      pullRequest.repositoryName,
                      location.relativeFileVersion === 'BEFORE' && root.beforeCommitId
                        ? root.beforeCommitId
                        : root.afterCommitId,
                      location.filePath,
                    )}
                  >
                    open that revision
                  </Link>
                </>
              )}
            </span>
          )}
        </div>
      )}
      <CommentView pullRequest={pullRequest} comment={root} permissions={permissions} />
      {thread.replies.map((comment) => (
        <div className="comment-reply" key={comment.commentId}>
          <CommentView pullRequest={pullRequest} comment={comment} permissions={permissions} />
        </div>
      ))}
      {permissions.write &&
        (replying ? (
          <div className="comment-reply">
            <CommentForm
              label="Reply"
              submitLabel="Reply"
              pending={reply.isPending}
              error={reply.error}
              autoFocus
              onCancel={() => setReplying(false)}
              onSubmit={(content, done) =>
                reply.mutate(
                  { ...pullRequest, commentId: root.commentId ?? '', content, clientRequestToken },
                  {
                    onSuccess: () => {
                      done();
                      setReplying(false);
                      setClientRequestToken(crypto.randomUUID());
                    },
                  },
                )
              }
            />
          </div>
        ) : (
          <button
            type="button"
            className="button button-small comment-reply-button"
            onClick={() => setReplying(true)}
          >
            Reply
          </button>
        ))}
    </div>
  );
}
