import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { listBranchesQueryOptions } from './list-branches.ts';

export type CreateBranchInput = {
  repositoryName: string;
  branchName: string;
  commitSpecifier: string;
};

export const createBranch = ({ repositoryName, ...json }: CreateBranchInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].branches.$post({ param: { repositoryName }, json }),
  );

export const useCreateBranch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBranch,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({
        queryKey: listBranchesQueryOptions(repositoryName).queryKey,
      }),
  });
};
