import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type PullRequestStatusFilter = 'OPEN' | 'CLOSED' | 'ALL';

export type ListPullRequestsInput = {
  repositoryName: string;
  pullRequestStatus: PullRequestStatusFilter;
  mine: boolean;
};

/** Pull requests on one page: enough to fill a screen, few enough to show at once. */
export const pullRequestPageSize = 25;

/** One page of a repository's pull requests, newest first; the BFF reads only that page's details. */
export const listPullRequests = (
  { repositoryName, pullRequestStatus, mine }: ListPullRequestsInput,
  nextToken?: string,
) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'].$get({
      param: { repositoryName },
      query: {
        pullRequestStatus,
        maxResults: String(pullRequestPageSize),
        ...(mine ? { mine: 'true' as const } : {}),
        ...(nextToken ? { nextToken } : {}),
      },
    }),
  );

export type PullRequestSummary = Awaited<
  ReturnType<typeof listPullRequests>
>['pullRequests'][number];

export const pullRequestsKey = (repositoryName: string) =>
  ['repositories', repositoryName, 'pull-requests'] as const;

export const listPullRequestsQueryOptions = (input: ListPullRequestsInput) =>
  infiniteQueryOptions({
    queryKey: [
      ...pullRequestsKey(input.repositoryName),
      'list',
      input.pullRequestStatus,
      input.mine,
    ],
    queryFn: ({ pageParam }) => listPullRequests(input, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextToken,
  });

export const usePullRequests = (input: ListPullRequestsInput) =>
  useInfiniteQuery({ ...listPullRequestsQueryOptions(input), placeholderData: keepPreviousData });
