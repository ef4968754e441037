import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type PreviewCommitsInput = {
  repositoryName: string;
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId?: string;
};

export const getPreviewCommits = ({
  repositoryName,
  baseCommitId,
  ...query
}: PreviewCommitsInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['merge-preview'].commits.$get({
      param: { repositoryName },
      query: { ...query, ...(baseCommitId ? { baseCommitId } : {}) },
    }),
  );

/** Named by commit ids, the answer never changes. */
export const getPreviewCommitsQueryOptions = (input: PreviewCommitsInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'merge-preview-commits',
      input.sourceCommitId,
      input.destinationCommitId,
      input.baseCommitId ?? '',
    ],
    queryFn: () => getPreviewCommits(input),
    staleTime: Infinity,
  });

export const usePreviewCommits = (input: PreviewCommitsInput, enabled: boolean) =>
  useQuery({ ...getPreviewCommitsQueryOptions(input), enabled });
