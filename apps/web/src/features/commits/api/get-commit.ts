import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetCommitInput = { repositoryName: string; commitId: string };

export const getCommit = ({ repositoryName, commitId }: GetCommitInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].commits[':commitId'].$get({
      param: { repositoryName, commitId },
    }),
  );

export type Commit = Awaited<ReturnType<typeof getCommit>>['commit'];

/** A commit never changes once made. */
export const getCommitQueryOptions = (input: GetCommitInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'commit', input.commitId],
    queryFn: () => getCommit(input),
    staleTime: Infinity,
  });

export const useCommit = (input: GetCommitInput) => useQuery(getCommitQueryOptions(input));
