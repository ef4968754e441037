import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { parentPath } from '@cc/shared/folder-entries';
import { invalidateBranchChange } from './invalidate-branch-change.ts';

export type DeleteFileInput = {
  repositoryName: string;
  branchName: string;
  filePath: string;
  parentCommitId: string;
  commitMessage?: string;
  name?: string;
  email?: string;
};

export const deleteFile = ({ repositoryName, ...json }: DeleteFileInput) =>
  unwrap(api.api.repositories[':repositoryName'].file.$delete({ param: { repositoryName }, json }));

export const useDeleteFile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFile,
    onSuccess: (_, { repositoryName, branchName, filePath }) =>
      invalidateBranchChange(queryClient, {
        repositoryName,
        branchName,
        folderPath: parentPath(filePath),
      }),
  });
};
