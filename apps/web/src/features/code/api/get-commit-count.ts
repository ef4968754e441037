import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import type { RefInput } from './get-repository-summary.ts';

/** Commits reachable from a ref; `complete` is false when the BFF stopped counting at a bound. */
export const getCommitCount = ({ repositoryName, commitSpecifier }: RefInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['commit-count'].$get({
      param: { repositoryName },
      query: { commitSpecifier },
    }),
  );

export const getCommitCountQueryOptions = (input: RefInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'commit-count', input.commitSpecifier],
    queryFn: () => getCommitCount(input),
  });

export const useCommitCount = (input: RefInput) => useQuery(getCommitCountQueryOptions(input));
