import { NavLink, useParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { usePullRequestPermissions } from '../api/get-permissions.ts';
import { usePullRequest } from '../api/get-pull-request.ts';
import { pullRequestPaths, type PullRequestTab } from '../lib/paths.ts';
import { ActivityTab } from './activity-tab.tsx';
import { ChangesTab } from './changes-tab.tsx';
import { CommitsTab } from './commits-tab.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { PullRequestHeader } from './pull-request-header.tsx';
import './pull-request-page.css';

const tabs: { tab: PullRequestTab; label: string }[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'activity', label: 'Activity' },
  { tab: 'changes', label: 'Changes' },
  { tab: 'commits', label: 'Commits' },
];

/** One pull request, its tab named by the URL. */
export function PullRequestPage() {
  const params = useParams();
  const repositoryName = params.repositoryName ?? '';
  const pullRequestId = params.pullRequestId ?? '';
  const tab = (tabs.find((entry) => entry.tab === params['*'])?.tab ??
    'overview') satisfies PullRequestTab;
  const input = { repositoryName, pullRequestId };
  const pullRequest = usePullRequest(input);
  const permissions = usePullRequestPermissions(repositoryName);
  useDocumentTitle(
    `${pullRequest.data?.pullRequest.title ?? 'Pull request'} #${pullRequestId} · ${repositoryName}`,
  );

  if (pullRequest.isPending) return <Skeleton lines={8} label="Loading the pull request" />;
  if (pullRequest.isError) {
    return (
      <ErrorMessage
        title={`Pull request ${pullRequestId} could not be opened`}
        error={pullRequest.error}
        onRetry={() => void pullRequest.refetch()}
      />
    );
  }
  const data = pullRequest.data.pullRequest;
  const target = data.pullRequestTargets?.[0];
  const sourceCommit = target?.sourceCommit ?? '';
  const baseCommit = target?.mergeBase ?? target?.destinationCommit ?? '';

  return (
    <article className="pull-request-page">
      <PullRequestHeader input={input} pullRequest={data} permissions={permissions} />
      <nav className="pull-request-tabs" aria-label="Pull request">
        {tabs.map((entry) => (
          <NavLink
            key={entry.tab}
            to={pullRequestPaths.pullRequest(repositoryName, pullRequestId, entry.tab)}
            className={entry.tab === tab ? 'active' : ''}
            aria-current={entry.tab === tab ? 'page' : undefined}
            end
          >
            {entry.label}
          </NavLink>
        ))}
      </nav>
      {tab === 'overview' && (
        <OverviewTab
          input={input}
          pullRequest={data}
          permissions={permissions}
          beforeCommitId={baseCommit}
        />
      )}
      {tab === 'activity' && (
        <ActivityTab
          input={input}
          permissions={permissions}
          sourceCommit={sourceCommit}
          beforeCommitId={baseCommit}
          open={data.pullRequestStatus === 'OPEN'}
        />
      )}
      {tab === 'changes' && (
        <ChangesTab
          input={input}
          sourceCommit={sourceCommit}
          baseCommit={baseCommit}
          permissions={permissions}
        />
      )}
      {tab === 'commits' && <CommitsTab input={input} sourceCommit={sourceCommit} />}
    </article>
  );
}
