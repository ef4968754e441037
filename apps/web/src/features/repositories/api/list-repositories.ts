import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listRepositories = () => unwrap(api.api.repositories.$get());

export type RepositoryMetadata = Awaited<
  ReturnType<typeof listRepositories>
>['repositories'][number];

export const listRepositoriesQueryOptions = () =>
  queryOptions({ queryKey: ['repositories'], queryFn: listRepositories });

export const useRepositories = () => useQuery(listRepositoriesQueryOptions());
