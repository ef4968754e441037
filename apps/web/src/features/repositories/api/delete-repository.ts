import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { getRepositoryQueryOptions } from './get-repository.ts';
import { listRepositoriesQueryOptions } from './list-repositories.ts';

export const deleteRepository = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].$delete({ param: { repositoryName } }));

export const useDeleteRepository = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRepository,
    onSuccess: (_, repositoryName) => {
      queryClient.removeQueries({ queryKey: getRepositoryQueryOptions(repositoryName).queryKey });
      return queryClient.invalidateQueries({ queryKey: listRepositoriesQueryOptions().queryKey });
    },
  });
};
