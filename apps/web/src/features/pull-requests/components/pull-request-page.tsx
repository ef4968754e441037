import { useEffect } from 'react';
import { useParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { markPullRequestSeen } from '@/lib/last-seen.ts';
import { usePullRequestPermissions } from '../api/get-permissions.ts';
import { usePullRequest } from '../api/get-pull-request.ts';
import type { PullRequestTab } from '@/lib/pull-request-paths.ts';
import { ChangesTab } from './changes-tab.tsx';
import { CommitsTab } from './commits-tab.tsx';
import { ConversationTab } from './conversation-tab.tsx';
import { PullRequestHeader } from './pull-request-header.tsx';
import { PullRequestTabs } from './pull-request-tabs.tsx';
import './pull-request-page.css';

const tabs: PullRequestTab[] = ['overview', 'changes', 'commits'];

/** One pull request, its tab named by the URL. */
export function PullRequestPage() {
  const params = useParams();
  const repositoryName = params.repositoryName ?? '';
  const pullRequestId = params.pullRequestId ?? '';
  const tab = tabs.find((entry) => entry === params['*']) ?? 'overview';
  const input = { repositoryName, pullRequestId };
  const pullRequest = usePullRequest(input);
  const permissions = usePullRequestPermissions(repositoryName);
  const loaded = pullRequest.isSuccess;
  useEffect(() => {
    // Comments shown now are no longer new on the dashboard.
    if (loaded) markPullRequestSeen(repositoryName, pullRequestId);
  }, [loaded, repositoryName, pullRequestId]);
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
      <PullRequestTabs
        input={input}
        tab={tab}
        sourceCommit={sourceCommit}
        baseCommit={baseCommit}
      />
      {tab === 'overview' && (
        <ConversationTab
          input={input}
          pullRequest={data}
          permissions={permissions}
          beforeCommitId={baseCommit}
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
