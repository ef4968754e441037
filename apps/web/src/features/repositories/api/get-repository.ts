import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const getRepository = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].$get({ param: { repositoryName } }));

export const getRepositoryQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName],
    queryFn: () => getRepository(repositoryName),
  });

export const useRepository = (repositoryName: string) =>
  useQuery(getRepositoryQueryOptions(repositoryName));
