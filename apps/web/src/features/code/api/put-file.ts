import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { getFileQueryOptions } from './get-file.ts';
import { getFolderQueryOptions } from './get-folder.ts';
import { listBranchesQueryOptions } from './list-branches.ts';
import { parentPath } from '../lib/folder-entries.ts';

export type PutFileInput = {
  repositoryName: string;
  branchName: string;
  filePath: string;
  fileContent: string;
  parentCommitId?: string;
  commitMessage?: string;
  name?: string;
  email?: string;
};

export const putFile = ({ repositoryName, ...json }: PutFileInput) =>
  unwrap(api.api.repositories[':repositoryName'].file.$put({ param: { repositoryName }, json }));

export const usePutFile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putFile,
    onSuccess: (_, { repositoryName, branchName, filePath }) =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: listBranchesQueryOptions(repositoryName).queryKey,
        }),
        queryClient.invalidateQueries({
          queryKey: getFileQueryOptions({ repositoryName, commitSpecifier: branchName, filePath })
            .queryKey,
        }),
        queryClient.invalidateQueries({
          queryKey: getFolderQueryOptions({
            repositoryName,
            commitSpecifier: branchName,
            folderPath: parentPath(filePath),
          }).queryKey,
        }),
      ]),
  });
};
