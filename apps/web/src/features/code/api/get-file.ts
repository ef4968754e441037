import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetFileInput = { repositoryName: string; commitSpecifier: string; filePath: string };

export const getFile = ({ repositoryName, commitSpecifier, filePath }: GetFileInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].file.$get({
      param: { repositoryName },
      query: { commitSpecifier, filePath },
    }),
  );

export type RepositoryFile = Awaited<ReturnType<typeof getFile>>;

export const getFileQueryOptions = (input: GetFileInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'file', input.commitSpecifier, input.filePath],
    queryFn: () => getFile(input),
  });

export const useFile = (input: GetFileInput, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getFileQueryOptions(input), ...options });
