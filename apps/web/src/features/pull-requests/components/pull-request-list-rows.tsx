import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatRelative } from '@/lib/format.ts';
import type { PullRequestSummary } from '../api/list-pull-requests.ts';
import { personFromArn } from '@/lib/names.ts';
import { pullRequestPaths } from '@/lib/pull-request-paths.ts';
import { ApprovalBadge, StatusBadge } from './badges.tsx';

function PullRequestRow({
  repositoryName,
  pullRequest,
}: {
  repositoryName: string;
  pullRequest: PullRequestSummary;
}) {
  const when = pullRequest.lastActivityDate ?? pullRequest.creationDate;
  return (
    <div className="pull-request-row">
      <div className="pull-request-row-main">
        <Link
          className="pull-request-row-title"
          to={pullRequestPaths.pullRequest(repositoryName, pullRequest.pullRequestId)}
        >
          {pullRequest.title}
        </Link>
        <StatusBadge
          pullRequestStatus={pullRequest.pullRequestStatus}
          isMerged={pullRequest.isMerged}
        />
        <ApprovalBadge approval={pullRequest.approval} ruleCount={pullRequest.approvalRuleCount} />
      </div>
      <div className="pull-request-row-meta muted">
        #{pullRequest.pullRequestId} by <strong>{personFromArn(pullRequest.authorArn)}</strong> ·{' '}
        <span className="mono">{pullRequest.sourceReference}</span> →{' '}
        <span className="mono">{pullRequest.destinationReference}</span>
        {when && (
          <>
            {' '}
            ·{' '}
            <time dateTime={when} title={formatDate(when)}>{`active ${formatRelative(when)}`}</time>
          </>
        )}
      </div>
    </div>
  );
}

/** The rows, virtualized against the window: only those near the viewport are in the page. */
export function PullRequestRows({
  repositoryName,
  pullRequests,
}: {
  repositoryName: string;
  pullRequests: PullRequestSummary[];
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // What sits above the list (a search note) comes and goes with the rows: measure again then.
  useLayoutEffect(() => {
    if (!listRef.current) return;
    const top = listRef.current.getBoundingClientRect().top + window.scrollY;
    if (top !== scrollMargin) setScrollMargin(top);
  }, [pullRequests, scrollMargin]);
  const virtualizer = useWindowVirtualizer({
    count: pullRequests.length,
    estimateSize: () => 62,
    overscan: 8,
    scrollMargin,
  });
  return (
    <div
      ref={listRef}
      className="pull-request-rows panel"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label="Pull requests"
      role="list"
    >
      {virtualizer.getVirtualItems().map((item) => {
        const pullRequest = pullRequests[item.index];
        if (!pullRequest) return null;
        return (
          <div
            key={pullRequest.pullRequestId}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="pull-request-rows-item"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <PullRequestRow repositoryName={repositoryName} pullRequest={pullRequest} />
          </div>
        );
      })}
    </div>
  );
}
