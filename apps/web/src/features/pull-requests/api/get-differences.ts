import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type DifferencesInput = {
  repositoryName: string;
  beforeCommitId?: string;
  afterCommitId: string;
};

export const getDifferences = ({
  repositoryName,
  beforeCommitId,
  afterCommitId,
}: DifferencesInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].differences.$get({
      param: { repositoryName },
      query: {
        afterCommitSpecifier: afterCommitId,
        ...(beforeCommitId ? { beforeCommitSpecifier: beforeCommitId } : {}),
      },
    }),
  );

export type Difference = Awaited<ReturnType<typeof getDifferences>>['differences'][number];

/** Between two commit ids the answer never changes. */
export const getDifferencesQueryOptions = (input: DifferencesInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'differences',
      input.beforeCommitId ?? '',
      input.afterCommitId,
    ],
    queryFn: () => getDifferences(input),
    staleTime: Infinity,
  });

export const useDifferences = (input: DifferencesInput, enabled = true) =>
  useQuery({ ...getDifferencesQueryOptions(input), enabled: enabled && !!input.afterCommitId });
