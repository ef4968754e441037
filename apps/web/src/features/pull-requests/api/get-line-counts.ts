import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type LineCountsInput = {
  repositoryName: string;
  beforeCommitId?: string;
  afterCommitId: string;
  ignoreWhitespace: boolean;
};

const getLineCounts = (input: LineCountsInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['line-counts'].$get({
      param: { repositoryName: input.repositoryName },
      query: {
        afterCommitId: input.afterCommitId,
        ...(input.beforeCommitId ? { beforeCommitId: input.beforeCommitId } : {}),
        ...(input.ignoreWhitespace ? { ignoreWhitespace: 'true' as const } : {}),
      },
    }),
  );

/**
 * +N / −M of every changed file, for the file headers before their diffs load (collapsed files
 * too). Between two commit ids the answer never changes; a failure leaves the headers to the
 * counts each diff makes when it shows.
 */
export const useLineCounts = (input: LineCountsInput) =>
  useQuery({
    queryKey: [
      'repositories',
      input.repositoryName,
      'line-counts',
      input.beforeCommitId ?? '',
      input.afterCommitId,
      input.ignoreWhitespace,
    ],
    queryFn: () => getLineCounts(input),
    enabled: !!input.afterCommitId,
    staleTime: Infinity,
    retry: false,
  });
