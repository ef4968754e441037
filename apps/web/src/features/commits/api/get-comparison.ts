import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetComparisonInput = {
  repositoryName: string;
  sourceCommitSpecifier: string;
  destinationCommitSpecifier: string;
};

/** What merging source into destination would bring: the merge base (GetMergeCommit) and the differences from it. */
export const getComparison = ({ repositoryName, ...query }: GetComparisonInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].compare.$get({ param: { repositoryName }, query }),
  );

export const getComparisonQueryOptions = (input: GetComparisonInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'compare',
      input.destinationCommitSpecifier,
      input.sourceCommitSpecifier,
    ],
    queryFn: () => getComparison(input),
  });

export const useComparison = (input: GetComparisonInput, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getComparisonQueryOptions(input), ...options });
