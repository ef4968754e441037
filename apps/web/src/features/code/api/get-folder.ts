import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetFolderInput = {
  repositoryName: string;
  commitSpecifier: string;
  folderPath: string;
};

export const getFolder = ({ repositoryName, commitSpecifier, folderPath }: GetFolderInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].folder.$get({
      param: { repositoryName },
      query: { commitSpecifier, folderPath: folderPath || '/' },
    }),
  );

export type Folder = Awaited<ReturnType<typeof getFolder>>;

export const getFolderQueryOptions = (input: GetFolderInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'folder',
      input.commitSpecifier,
      input.folderPath,
    ],
    queryFn: () => getFolder(input),
  });

export const useFolder = (input: GetFolderInput) => useQuery(getFolderQueryOptions(input));
