import { Link } from 'react-router';
import { formatDate, formatRelative } from '@/lib/format.ts';
import { pullRequestLastSeen } from '@/lib/last-seen.ts';
import { personFromArn } from '@/lib/names.ts';
import { pullRequestPaths } from '@/lib/pull-request-paths.ts';
import type { DashboardPullRequest } from '../api/get-dashboard.ts';

function approvalText(approval: DashboardPullRequest['approval']) {
  if (!approval) return null;
  if (approval.overridden) return 'Rules overridden';
  if (approval.ruleCount === 0) return 'No approval rules';
  if (approval.approved) return 'Approved';
  return `${approval.rulesNotMet} of ${approval.ruleCount} ${approval.ruleCount === 1 ? 'rule' : 'rules'} not met`;
}

function newComments(pullRequest: DashboardPullRequest) {
  if (!pullRequest.othersCommentDates) return 0;
  const seen = pullRequestLastSeen(pullRequest.repositoryName, pullRequest.pullRequestId) ?? 0;
  return pullRequest.othersCommentDates.filter((date) => new Date(date).getTime() > seen).length;
}

function Row({ pullRequest }: { pullRequest: DashboardPullRequest }) {
  const approval = approvalText(pullRequest.approval);
  const fresh = newComments(pullRequest);
  return (
    <li className="dashboard-row">
      <div>
        <Link
          className="dashboard-title"
          to={pullRequestPaths.pullRequest(pullRequest.repositoryName, pullRequest.pullRequestId)}
        >
          {pullRequest.title}
        </Link>{' '}
        {approval && (
          <span className={`status-chip ${pullRequest.approval?.approved ? 'status-chip-ok' : ''}`}>
            {approval}
          </span>
        )}{' '}
        {fresh > 0 && (
          <span className="status-chip status-chip-new">
            {fresh} new {fresh === 1 ? 'comment' : 'comments'}
          </span>
        )}
      </div>
      <div className="muted">
        <span className="mono">{pullRequest.repositoryName}</span> #{pullRequest.pullRequestId} by{' '}
        <strong>{personFromArn(pullRequest.authorArn)}</strong> ·{' '}
        <span className="mono">{pullRequest.sourceReference}</span> →{' '}
        <span className="mono">{pullRequest.destinationReference}</span>
        {pullRequest.lastActivityDate && (
          <>
            {' '}
            ·{' '}
            <time
              dateTime={pullRequest.lastActivityDate}
              title={formatDate(pullRequest.lastActivityDate)}
            >
              {formatRelative(pullRequest.lastActivityDate)}
            </time>
          </>
        )}
      </div>
    </li>
  );
}

type Props = { id: string; title: string; empty: string; pullRequests: DashboardPullRequest[] };

/** One list of the dashboard, with its count. */
export function DashboardSection({ id, title, empty, pullRequests }: Props) {
  return (
    <section className="panel dashboard-section" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>
          {title} <span className="tab-count">{pullRequests.length}</span>
        </h2>
      </div>
      {pullRequests.length === 0 ? (
        <p className="panel-body muted">{empty}</p>
      ) : (
        <ul className="dashboard-rows" aria-label={title}>
          {pullRequests.map((pullRequest) => (
            <Row
              key={`${pullRequest.repositoryName}/${pullRequest.pullRequestId}`}
              pullRequest={pullRequest}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
