import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type ListFilePathsInput = { repositoryName: string; commitSpecifier: string };

/**
 * Every file in the tree of a ref. The API has no "list all paths"; GetDifferences from nothing
 * to the commit names each file once, in pages the BFF gathers and caches by commit id.
 */
export const listFilePaths = async ({ repositoryName, commitSpecifier }: ListFilePathsInput) => {
  const { differences } = await unwrap(
    api.api.repositories[':repositoryName'].differences.$get({
      param: { repositoryName },
      query: { afterCommitSpecifier: commitSpecifier },
    }),
  );
  return differences
    .flatMap((difference) => (difference.afterBlob?.path ? [difference.afterBlob.path] : []))
    .sort();
};

export const listFilePathsQueryOptions = (input: ListFilePathsInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'file-paths', input.commitSpecifier],
    queryFn: () => listFilePaths(input),
    staleTime: 5 * 60_000,
  });

export const useFilePaths = (input: ListFilePathsInput, options: { enabled?: boolean } = {}) =>
  useQuery({ ...listFilePathsQueryOptions(input), ...options });
