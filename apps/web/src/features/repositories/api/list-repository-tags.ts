import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listRepositoryTags = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].tags.$get({ param: { repositoryName } }));

export const listRepositoryTagsQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'resource-tags'],
    queryFn: () => listRepositoryTags(repositoryName),
  });

export const useRepositoryTags = (repositoryName: string) =>
  useQuery(listRepositoryTagsQueryOptions(repositoryName));
