import { NavLink } from 'react-router';
import { useComments } from '../api/get-comments.ts';
import { usePullRequestCommits } from '../api/get-commits.ts';
import { useDifferences } from '../api/get-differences.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { pullRequestPaths, type PullRequestTab } from '@/lib/pull-request-paths.ts';

type Props = {
  input: PullRequestInput;
  tab: PullRequestTab;
  sourceCommit: string;
  baseCommit: string;
};

/**
 * The tabs, each with its count. The counts come from the queries the tabs themselves read
 * (comments, the commits walk, the differences from the merge base), so opening a tab after
 * seeing its count costs nothing more.
 */
export function PullRequestTabs({ input, tab, sourceCommit, baseCommit }: Props) {
  const comments = useComments(input);
  const commits = usePullRequestCommits({ ...input, sourceCommit });
  const differences = useDifferences({
    repositoryName: input.repositoryName,
    beforeCommitId: baseCommit || undefined,
    afterCommitId: sourceCommit,
  });
  const commitCount = commits.data
    ? `${commits.data.commits.length}${commits.data.truncated ? '+' : ''}`
    : undefined;
  const entries: { tab: PullRequestTab; label: string; count: string | undefined }[] = [
    { tab: 'overview', label: 'Conversation', count: comments.data?.comments.length.toString() },
    { tab: 'commits', label: 'Commits', count: commitCount },
    { tab: 'changes', label: 'Changes', count: differences.data?.differences.length.toString() },
  ];
  return (
    <nav className="pull-request-tabs" aria-label="Pull request">
      {entries.map((entry) => (
        <NavLink
          key={entry.tab}
          to={pullRequestPaths.pullRequest(input.repositoryName, input.pullRequestId, entry.tab)}
          className={entry.tab === tab ? 'active' : ''}
          aria-current={entry.tab === tab ? 'page' : undefined}
          end
        >
          {entry.label}
          {entry.count !== undefined && ' '}
          {entry.count !== undefined && <span className="tab-count">{entry.count}</span>}
        </NavLink>
      ))}
    </nav>
  );
}
