import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export const getApprovals = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].approvals.$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export type Approvals = Awaited<ReturnType<typeof getApprovals>>;
export type ApprovalRule = Approvals['rules'][number];

export const approvalsKey = (input: PullRequestInput) =>
  [...pullRequestKey(input), 'approvals'] as const;

export const getApprovalsQueryOptions = (input: PullRequestInput) =>
  queryOptions({
    queryKey: approvalsKey(input),
    queryFn: () => getApprovals(input),
    staleTime: 5_000,
  });

export const useApprovals = (input: PullRequestInput) => useQuery(getApprovalsQueryOptions(input));
