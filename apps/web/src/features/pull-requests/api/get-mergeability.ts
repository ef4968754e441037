import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export const getMergeability = ({ repositoryName, pullRequestId }: PullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].mergeability.$get({
      param: { repositoryName, pullRequestId },
    }),
  );

export type Mergeability = Awaited<ReturnType<typeof getMergeability>>;

/** Keyed by both tips: what merging does never changes for the same two commits. */
export const getMergeabilityQueryOptions = (
  input: PullRequestInput & { sourceCommit: string; destinationCommit: string },
) =>
  queryOptions({
    queryKey: [
      ...pullRequestKey(input),
      'mergeability',
      input.sourceCommit,
      input.destinationCommit,
    ],
    queryFn: () => getMergeability(input),
    staleTime: Infinity,
  });

export const useMergeability = (
  input: PullRequestInput & { sourceCommit: string; destinationCommit: string },
  enabled = true,
) => useQuery({ ...getMergeabilityQueryOptions(input), enabled });
