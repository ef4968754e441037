import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type MergePreviewInput = {
  repositoryName: string;
  sourceReference: string;
  destinationReference: string;
};

export const getMergePreview = ({ repositoryName, ...query }: MergePreviewInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['merge-preview'].$get({
      param: { repositoryName },
      query,
    }),
  );

export const getMergePreviewQueryOptions = (input: MergePreviewInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'merge-preview',
      input.sourceReference,
      input.destinationReference,
    ],
    queryFn: () => getMergePreview(input),
    staleTime: 10_000,
  });

export const useMergePreview = (input: MergePreviewInput, enabled: boolean) =>
  useQuery({ ...getMergePreviewQueryOptions(input), enabled });
