import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export const getPullRequestCommits = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].commits.$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export const getPullRequestCommitsQueryOptions = (
  input: PullRequestInput & { sourceCommit: string },
) =>
  queryOptions({
    queryKey: [...pullRequestKey(input), 'commits', input.sourceCommit],
    queryFn: () => getPullRequestCommits(input),
  });

export const usePullRequestCommits = (input: PullRequestInput & { sourceCommit: string }) =>
  useQuery(getPullRequestCommitsQueryOptions(input));
