import { useMemo, useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown.tsx';
import { shortCommitId } from '@/lib/format.ts';
import { useComments } from '../api/get-comments.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { useUpdatePullRequest } from '../api/update-pull-request.ts';
import { placeOf, toThreads } from '../lib/comment-threads.ts';
import { branchFromReference, personFromArn } from '../lib/names.ts';
import { ApprovalsPanel } from './approvals-panel.tsx';
import { CommentThread } from './comment-thread.tsx';
import { MarkdownEditor } from './markdown-editor.tsx';
import { MergePanel } from './merge-panel.tsx';
import { PullRequestCommentBox } from './pull-request-comment-box.tsx';
import './overview-tab.css';

type OverviewTabProps = {
  input: PullRequestInput;
  pullRequest: PullRequest;
  permissions: PullRequestPermissions;
  beforeCommitId: string;
};

function Description({
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

/** The description, the branches, approvals and merging, and the comments on the whole request. */
export function OverviewTab({ input, pullRequest, permissions, beforeCommitId }: OverviewTabProps) {
  const comments = useComments(input);
  const [mergedMessage, setMergedMessage] = useState('');
  const target = pullRequest.pullRequestTargets?.[0];
  const open = pullRequest.pullRequestStatus === 'OPEN';
  const merged = target?.mergeMetadata?.isMerged;
  const threads = useMemo(
    () =>
      toThreads(comments.data?.comments ?? []).filter(
        (thread) => placeOf(thread.root) === 'pull-request',
      ),
    [comments.data],
  );

  return (
    <div className="overview">
      <div className="overview-main">
        <section className="panel" aria-label="Description">
          <div className="panel-body">
            <Description
              input={input}
              pullRequest={pullRequest}
              canEdit={open && permissions.write && pullRequest.callerIsAuthor}
            />
          </div>
        </section>
        <dl className="overview-facts">
          <dt>Source</dt>
          <dd>
            <span className="mono">{branchFromReference(target?.sourceReference)}</span>{' '}
            <span className="muted mono">{shortCommitId(target?.sourceCommit ?? '')}</span>
          </dd>
          <dt>Destination</dt>
          <dd>
            <span className="mono">{branchFromReference(target?.destinationReference)}</span>{' '}
            <span className="muted mono">{shortCommitId(target?.destinationCommit ?? '')}</span>
          </dd>
          {merged && (
            <>
              <dt>Merged</dt>
              <dd>
                by {personFromArn(target?.mergeMetadata?.mergedBy)} as{' '}
                <span className="mono">
                  {shortCommitId(target?.mergeMetadata?.mergeCommitId ?? '')}
                </span>
              </dd>
            </>
          )}
        </dl>
        {mergedMessage && (
          <p className="notice notice-success" role="status">
            {mergedMessage}
          </p>
        )}
        <section aria-labelledby="conversation-heading">
          <h3 id="conversation-heading" className="overview-heading">
            Conversation
          </h3>
          {comments.isError && (
            <ErrorMessage title="The comments could not be loaded" error={comments.error} />
          )}
          {threads.length === 0 && !comments.isPending && (
            <p className="muted">No comments on the pull request yet.</p>
          )}
          {threads.map((thread) => (
            <CommentThread
              key={thread.root.commentId}
              pullRequest={input}
              thread={thread}
              permissions={permissions}
              currentSourceCommit={target?.sourceCommit}
            />
          ))}
          {open && permissions.write && (
            <PullRequestCommentBox
              input={input}
              beforeCommitId={beforeCommitId}
              afterCommitId={target?.sourceCommit ?? ''}
            />
          )}
        </section>
      </div>
      <aside className="overview-side">
        <ApprovalsPanel input={input} pullRequest={pullRequest} permissions={permissions} />
        {open && permissions.write && (
          <MergePanel input={input} pullRequest={pullRequest} onMerged={setMergedMessage} />
        )}
      </aside>
    </div>
  );
}
