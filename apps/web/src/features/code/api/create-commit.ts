import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { invalidateBranchChange } from './invalidate-branch-change.ts';

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
      invalidateBranchChange(queryClient, { repositoryName, branchName, folderPath }),
  });
};
