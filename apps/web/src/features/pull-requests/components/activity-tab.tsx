import { useMemo } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative, shortCommitId } from '@/lib/format.ts';
import { useComments, type PullRequestComment } from '../api/get-comments.ts';
import { usePullRequestEvents, type PullRequestEvent } from '../api/get-events.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { toThreads, type Thread } from '../lib/comment-threads.ts';
import { personFromArn } from '../lib/names.ts';
import { CommentThread } from './comment-thread.tsx';
import { PullRequestCommentBox } from './pull-request-comment-box.tsx';
import './activity-tab.css';

const mergeOptionNames: Record<string, string> = {
  FAST_FORWARD_MERGE: 'fast-forward',
  SQUASH_MERGE: 'squash',
  THREE_WAY_MERGE: 'three-way merge',
};

/** One event in words, as a sentence after the actor's name. */
export function describeEvent(event: PullRequestEvent): string {
  switch (event.pullRequestEventType) {
    case 'PULL_REQUEST_CREATED':
      return 'opened this pull request';
    case 'PULL_REQUEST_STATUS_CHANGED':
      return event.pullRequestStatusChangedEventMetadata?.pullRequestStatus === 'CLOSED'
        ? 'closed this pull request'
        : 'reopened this pull request';
    case 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED': {
      const metadata = event.pullRequestSourceReferenceUpdatedEventMetadata;
      return `pushed new commits (${shortCommitId(metadata?.beforeCommitId ?? '')} → ${shortCommitId(metadata?.afterCommitId ?? '')})`;
    }
    case 'PULL_REQUEST_MERGE_STATE_CHANGED': {
      const option =
        event.pullRequestMergedStateChangedEventMetadata?.mergeMetadata?.mergeOption ?? '';
      return `merged into ${event.pullRequestMergedStateChangedEventMetadata?.destinationReference?.replace(/^refs\/heads\//, '') ?? 'the destination'}${option ? ` by ${mergeOptionNames[option] ?? option}` : ''}`;
    }
    case 'PULL_REQUEST_APPROVAL_RULE_CREATED':
      return `added the approval rule ${event.approvalRuleEventMetadata?.approvalRuleName ?? ''}`;
    case 'PULL_REQUEST_APPROVAL_RULE_UPDATED':
      return `changed the approval rule ${event.approvalRuleEventMetadata?.approvalRuleName ?? ''}`;
    case 'PULL_REQUEST_APPROVAL_RULE_DELETED':
      return `deleted the approval rule ${event.approvalRuleEventMetadata?.approvalRuleName ?? ''}`;
    case 'PULL_REQUEST_APPROVAL_STATE_CHANGED':
      return event.approvalStateChangedEventMetadata?.approvalStatus === 'APPROVE'
        ? 'approved these changes'
        : 'revoked their approval';
    case 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN':
      return event.approvalRuleOverriddenEventMetadata?.overrideStatus === 'REVOKE'
        ? 'revoked the override of the approval rules'
        : 'overrode the approval rules';
    default:
      return String(event.pullRequestEventType ?? 'did something')
        .toLowerCase()
        .replace(/_/g, ' ');
  }
}

type Item =
  | { kind: 'event'; date: string; event: PullRequestEvent }
  | { kind: 'thread'; date: string; thread: Thread<PullRequestComment> };

type ActivityTabProps = {
  input: PullRequestInput;
  permissions: PullRequestPermissions;
  sourceCommit: string;
  beforeCommitId: string;
  open: boolean;
};

/** Everything that happened, oldest first: events from DescribePullRequestEvents with comment threads between them. */
export function ActivityTab({
  input,
  permissions,
  sourceCommit,
  beforeCommitId,
  open,
}: ActivityTabProps) {
  const events = usePullRequestEvents(input);
  const comments = useComments(input);
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

  if (events.isPending || comments.isPending)
    return <Skeleton lines={8} label="Loading the activity" />;
  if (events.isError)
    return (
      <ErrorMessage
        title="The activity could not be loaded"
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  if (comments.isError)
    return (
      <ErrorMessage
        title="The comments could not be loaded"
        error={comments.error}
        onRetry={() => void comments.refetch()}
      />
    );

  return (
    <div className="activity">
      <ol className="timeline" aria-label="Activity">
        {items.map((item) =>
          item.kind === 'event' ? (
            <li
              key={`event:${item.date}:${item.event.pullRequestEventType}`}
              className="timeline-event"
            >
              <span className="timeline-dot" aria-hidden="true" />
              <strong>{personFromArn(item.event.actorArn)}</strong> {describeEvent(item.event)}{' '}
              <time className="muted" dateTime={item.date} title={formatDate(item.date)}>
                {formatRelative(item.date)}
              </time>
            </li>
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
    </div>
  );
}
