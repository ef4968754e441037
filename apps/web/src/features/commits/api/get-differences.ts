import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetDifferencesInput = {
  repositoryName: string;
  beforeCommitSpecifier?: string;
  afterCommitSpecifier: string;
};

/** The paths that differ between two commits (all pages); a root commit compares with nothing. */
export const getDifferences = ({
  repositoryName,
  beforeCommitSpecifier,
  afterCommitSpecifier,
}: GetDifferencesInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].differences.$get({
      param: { repositoryName },
      query: { afterCommitSpecifier, ...(beforeCommitSpecifier ? { beforeCommitSpecifier } : {}) },
    }),
  );

export type Difference = Awaited<ReturnType<typeof getDifferences>>['differences'][number];

export const getDifferencesQueryOptions = (input: GetDifferencesInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'differences',
      input.beforeCommitSpecifier ?? '',
      input.afterCommitSpecifier,
    ],
    queryFn: () => getDifferences(input),
    staleTime: Infinity,
  });

export const useDifferences = (input: GetDifferencesInput) =>
  useQuery(getDifferencesQueryOptions(input));
