import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { listRepositoriesQueryOptions } from './list-repositories.ts';

export type CreateRepositoryInput = {
  repositoryName: string;
  repositoryDescription?: string;
  tags?: Record<string, string>;
};

export const createRepository = (input: CreateRepositoryInput) =>
  unwrap(api.api.repositories.$post({ json: input }));

export const useCreateRepository = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRepository,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: listRepositoriesQueryOptions().queryKey }),
  });
};
