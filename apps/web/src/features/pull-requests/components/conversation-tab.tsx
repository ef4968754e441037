import { useMemo, useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative, shortCommitId } from '@/lib/format.ts';
import { useComments, type PullRequestComment } from '../api/get-comments.ts';
import { usePullRequestEvents, type PullRequestEvent } from '../api/get-events.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { toThreads, type Thread } from '../lib/comment-threads.ts';
import { describeEvent } from '../lib/describe-event.ts';
import { branchFromReference, personFromArn } from '@/lib/names.ts';
import { ApprovalsPanel } from './approvals-panel.tsx';
import { CommentThread } from './comment-thread.tsx';
import { Description } from './description.tsx';
import { MergePanel } from './merge-panel.tsx';
import { PullRequestCommentBox } from './pull-request-comment-box.tsx';
import './conversation-tab.css';

type Item =
  | { kind: 'event'; date: string; event: PullRequestEvent }
  | { kind: 'thread'; date: string; thread: Thread<PullRequestComment> };

type ConversationTabProps = {
  input: PullRequestInput;
  pullRequest: PullRequest;
  permissions: PullRequestPermissions;
  beforeCommitId: string;
};

function TimelineEvent({ event, date }: { event: PullRequestEvent; date: string }) {
  return (
    <li className={`timeline-event timeline-${event.pullRequestEventType ?? 'event'}`}>
      <span className="timeline-dot" aria-hidden="true" />
      <strong>{personFromArn(event.actorArn)}</strong> {describeEvent(event)}{' '}
      <time className="muted" dateTime={date} title={formatDate(date)}>
        {formatRelative(date)}
      </time>
    </li>
  );
}

/**
 * The whole conversation in one timeline, oldest first: the description, every comment thread
 * (on the pull request or on a line), approvals, approval rule changes, pushes and the merge,
 * from DescribePullRequestEvents and GetCommentsForPullRequest. Approvals and merging sit beside it.
 */
export function ConversationTab({
  input,
  pullRequest,
  permissions,
  beforeCommitId,
}: ConversationTabProps) {
  const events = usePullRequestEvents(input);
  const comments = useComments(input);
  const [mergedMessage, setMergedMessage] = useState('');
  const target = pullRequest.pullRequestTargets?.[0];
  const sourceCommit = target?.sourceCommit ?? '';
  const open = pullRequest.pullRequestStatus === 'OPEN';
  const merged = target?.mergeMetadata?.isMerged;
  const items = useMemo(() => {
    const list: Item[] = [
      ...(events.data?.pullRequestEvents ?? []).map((event): Item => ({
        kind: 'event',
        date: event.eventDate ?? '',
        event,
      })),
      ...toThreads(comments.data?.comments ?? []).map((thread): Item => ({
        kind: 'thread',
        date: thread.root.creationDate ?? '',
        thread,
      })),
    ];
    return list.sort((a, b) => a.date.localeCompare(b.date));
  }, [events.data, comments.data]);

  return (
    <div className="conversation">
      <div className="conversation-main">
        <section className="panel" aria-label="Description">
          <div className="panel-header">
            {/* The timeline below says who opened it and when; this card is what they wrote. */}
            <span>
              Description by <strong>{personFromArn(pullRequest.authorArn)}</strong>
            </span>
          </div>
          <div className="panel-body">
            <Description
              input={input}
              pullRequest={pullRequest}
              canEdit={open && permissions.write && pullRequest.callerIsAuthor}
            />
          </div>
        </section>
        <dl className="conversation-facts">
          <dt>Source</dt>
          <dd>
            <span className="mono">{branchFromReference(target?.sourceReference)}</span>{' '}
            <span className="muted mono">{shortCommitId(sourceCommit)}</span>
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
          <h3 id="conversation-heading" className="conversation-heading">
            Conversation
          </h3>
          {(events.isPending || comments.isPending) && (
            <Skeleton lines={6} label="Loading the conversation" />
          )}
          {events.isError && (
            <ErrorMessage
              title="The activity could not be loaded"
              error={events.error}
              onRetry={() => void events.refetch()}
            />
          )}
          {comments.isError && (
            <ErrorMessage
              title="The comments could not be loaded"
              error={comments.error}
              onRetry={() => void comments.refetch()}
            />
          )}
          <ol className="timeline" aria-label="Timeline">
            {items.map((item) =>
              item.kind === 'event' ? (
                <TimelineEvent
                  key={`event:${item.date}:${item.event.pullRequestEventType}`}
                  event={item.event}
                  date={item.date}
                />
              ) : (
                <li key={`thread:${item.thread.root.commentId}`} className="timeline-thread">
                  <CommentThread
                    pullRequest={input}
                    thread={item.thread}
                    permissions={permissions}
                    currentSourceCommit={sourceCommit}
                    showPlace
                  />
                </li>
              ),
            )}
          </ol>
          {open && permissions.write && (
            <PullRequestCommentBox
              input={input}
              beforeCommitId={beforeCommitId}
              afterCommitId={sourceCommit}
            />
          )}
        </section>
      </div>
      <aside className="conversation-side">
        <ApprovalsPanel input={input} pullRequest={pullRequest} permissions={permissions} />
        {open && permissions.write && (
          <MergePanel input={input} pullRequest={pullRequest} onMerged={setMergedMessage} />
        )}
      </aside>
    </div>
  );
}
