import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export type ConflictInput = PullRequestInput & {
  filePath: string;
  mergeOption: 'SQUASH_MERGE' | 'THREE_WAY_MERGE';
  sourceCommit: string;
  destinationCommit: string;
};

export const getConflict = ({
  repositoryName,
  pullRequestId,
  filePath,
  mergeOption,
}: ConflictInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].conflicts.$get({
      param: { repositoryName, pullRequestId },
      query: { filePath, mergeOption },
    }),
  );

export type FileConflict = Awaited<ReturnType<typeof getConflict>>;

export const getConflictQueryOptions = (input: ConflictInput) =>
  queryOptions({
    queryKey: [
      ...pullRequestKey(input),
      'conflict',
      input.sourceCommit,
      input.destinationCommit,
      input.mergeOption,
      input.filePath,
    ],
    queryFn: () => getConflict(input),
    staleTime: Infinity,
  });

export const useConflict = (input: ConflictInput) => useQuery(getConflictQueryOptions(input));
