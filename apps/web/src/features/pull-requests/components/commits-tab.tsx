import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { usePullRequestCommits } from '../api/get-commits.ts';
import type { PullRequestInput } from '../api/get-pull-request.ts';
import { CommitTable } from './commit-table.tsx';

/** The commits the pull request brings, newest first, each linking to its tree. */
export function CommitsTab({
  input,
  sourceCommit,
}: {
  input: PullRequestInput;
  sourceCommit: string;
}) {
  const commits = usePullRequestCommits({ ...input, sourceCommit });
  if (commits.isPending) return <Skeleton lines={6} label="Loading the commits" />;
  if (commits.isError)
    return (
      <ErrorMessage
        title="The commits could not be loaded"
        error={commits.error}
        onRetry={() => void commits.refetch()}
      />
    );
  if (commits.data.commits.length === 0) return <EmptyState title="No commits" />;
  return (
    <CommitTable
      repositoryName={input.repositoryName}
      commits={commits.data.commits}
      truncated={commits.data.truncated}
    />
  );
}
