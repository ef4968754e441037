import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { listBranchesQueryOptions } from './list-branches.ts';

export type DeleteBranchInput = { repositoryName: string; branchName: string };

export const deleteBranch = ({ repositoryName, branchName }: DeleteBranchInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].branches[':branchName{.+}'].$delete({
      param: { repositoryName, branchName },
    }),
  );

export const useDeleteBranch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBranch,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({
        queryKey: listBranchesQueryOptions(repositoryName).queryKey,
      }),
  });
};
