import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestsKey } from './list-pull-requests.ts';

export type PullRequestInput = { repositoryName: string; pullRequestId: string };

export const getPullRequest = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export type PullRequest = Awaited<ReturnType<typeof getPullRequest>>['pullRequest'];

/** Everything about one pull request sits under this key, so one invalidation refreshes it all. */
export const pullRequestKey = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  [...pullRequestsKey(repositoryName), pullRequestId] as const;

export const getPullRequestQueryOptions = (input: PullRequestInput) =>
  queryOptions({
    queryKey: [...pullRequestKey(input), 'detail'],
    queryFn: () => getPullRequest(input),
    staleTime: 10_000,
  });

export const usePullRequest = (input: PullRequestInput) =>
  useQuery(getPullRequestQueryOptions(input));
