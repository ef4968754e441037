import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listRepositoryNames = async () => {
  const { repositories } = await unwrap(api.api.repositories.$get());
  return repositories.flatMap((repository) =>
    repository.repositoryName ? [repository.repositoryName] : [],
  );
};

export const listRepositoryNamesQueryOptions = () =>
  queryOptions({ queryKey: ['repository-names'], queryFn: listRepositoryNames });

export const useRepositoryNames = () => useQuery(listRepositoryNamesQueryOptions());
