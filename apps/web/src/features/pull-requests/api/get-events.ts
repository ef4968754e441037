import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export const getPullRequestEvents = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].events.$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export type PullRequestEvent = Awaited<
  ReturnType<typeof getPullRequestEvents>
>['pullRequestEvents'][number];

export const getPullRequestEventsQueryOptions = (input: PullRequestInput) =>
  queryOptions({
    queryKey: [...pullRequestKey(input), 'events'],
    queryFn: () => getPullRequestEvents(input),
  });

export const usePullRequestEvents = (input: PullRequestInput) =>
  useQuery(getPullRequestEventsQueryOptions(input));
