import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type PullRequestStatusFilter = 'OPEN' | 'CLOSED' | 'ALL';

export type ListPullRequestsInput = {
  repositoryName: string;
  pullRequestStatus: PullRequestStatusFilter;
  mine: boolean;
  q: string;
};

export const listPullRequests = ({
  repositoryName,
  pullRequestStatus,
  mine,
  q,
}: ListPullRequestsInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'].$get({
      param: { repositoryName },
      query: {
        pullRequestStatus,
        ...(mine ? { mine: 'true' as const } : {}),
        ...(q.trim() ? { q: q.trim() } : {}),
      },
    }),
  );

export type PullRequestSummary = Awaited<
  ReturnType<typeof listPullRequests>
>['pullRequests'][number];

export const pullRequestsKey = (repositoryName: string) =>
  ['repositories', repositoryName, 'pull-requests'] as const;

export const listPullRequestsQueryOptions = (input: ListPullRequestsInput) =>
  queryOptions({
    queryKey: [
      ...pullRequestsKey(input.repositoryName),
      'list',
      input.pullRequestStatus,
      input.mine,
      input.q.trim(),
    ],
    queryFn: () => listPullRequests(input),
  });

export const usePullRequests = (input: ListPullRequestsInput) =>
  useQuery({ ...listPullRequestsQueryOptions(input), placeholderData: keepPreviousData });
