import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export const getComments = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].comments.$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export type PullRequestComment = Awaited<ReturnType<typeof getComments>>['comments'][number];

export const commentsKey = (input: PullRequestInput) =>
  [...pullRequestKey(input), 'comments'] as const;

export const getCommentsQueryOptions = (input: PullRequestInput) =>
  queryOptions({
    queryKey: commentsKey(input),
    queryFn: () => getComments(input),
    staleTime: 5_000,
  });

export const useComments = (input: PullRequestInput) => useQuery(getCommentsQueryOptions(input));
