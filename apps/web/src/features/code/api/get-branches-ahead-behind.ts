import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { listBranchesQueryOptions } from './list-branches.ts';

export const getBranchesAheadBehind = (repositoryName: string) =>
  unwrap(
    api.api.repositories[':repositoryName'].branches['ahead-behind'].$get({
      param: { repositoryName },
      query: {},
    }),
  );

/** Under the branch list's key, so whatever refreshes the branches refreshes the counts too. */
export const getBranchesAheadBehindQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: [...listBranchesQueryOptions(repositoryName).queryKey, 'ahead-behind'],
    queryFn: () => getBranchesAheadBehind(repositoryName),
  });

/** Each branch's ahead and behind counts against the default branch, and its tip's date. */
export const useBranchesAheadBehind = (repositoryName: string) =>
  useQuery(getBranchesAheadBehindQueryOptions(repositoryName));
