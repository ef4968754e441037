import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { getFolderQueryOptions } from './get-folder.ts';
import { listBranchesQueryOptions } from './list-branches.ts';

export type CreateCommitInput = {
  repositoryName: string;
  branchName: string;
  parentCommitId?: string;
  /** Bytes as base64, so uploads of any kind arrive unchanged. */
  putFiles: { filePath: string; fileContentBase64: string }[];
  commitMessage?: string;
  name?: string;
  email?: string;
};

export const createCommit = ({ repositoryName, ...json }: CreateCommitInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].commits.$post({ param: { repositoryName }, json }),
  );

export const useCreateCommit = (folderPath: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommit,
    onSuccess: (_, { repositoryName, branchName }) =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: listBranchesQueryOptions(repositoryName).queryKey,
        }),
        queryClient.invalidateQueries({
          queryKey: getFolderQueryOptions({
            repositoryName,
            commitSpecifier: branchName,
            folderPath,
          }).queryKey,
        }),
      ]),
  });
};
