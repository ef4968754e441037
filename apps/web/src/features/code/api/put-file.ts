import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { invalidateBranchChange } from './invalidate-branch-change.ts';
import { parentPath } from '@cc/shared/folder-entries';

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
      invalidateBranchChange(queryClient, {
        repositoryName,
        branchName,
        folderPath: parentPath(filePath),
        filePath,
      }),
  });
};
