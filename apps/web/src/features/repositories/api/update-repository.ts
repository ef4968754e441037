import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { getRepositoryQueryOptions } from './get-repository.ts';
import { listRepositoriesQueryOptions } from './list-repositories.ts';

export type UpdateRepositoryInput = {
  repositoryName: string;
  newName?: string;
  repositoryDescription?: string;
  defaultBranchName?: string;
};

export const updateRepository = ({ repositoryName, ...json }: UpdateRepositoryInput) =>
  unwrap(api.api.repositories[':repositoryName'].$patch({ param: { repositoryName }, json }));

export const useUpdateRepository = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRepository,
    onSuccess: ({ repository }, { repositoryName }) => {
      const newName = repository.repositoryName ?? repositoryName;
      if (newName !== repositoryName)
        queryClient.removeQueries({ queryKey: getRepositoryQueryOptions(repositoryName).queryKey });
      queryClient.setQueryData(getRepositoryQueryOptions(newName).queryKey, { repository });
      return queryClient.invalidateQueries({ queryKey: listRepositoriesQueryOptions().queryKey });
    },
  });
};
