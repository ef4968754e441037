import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listBranches = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].branches.$get({ param: { repositoryName } }));

export const listBranchesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'branches'],
    queryFn: () => listBranches(repositoryName),
  });

export const useBranches = (repositoryName: string) =>
  useQuery(listBranchesQueryOptions(repositoryName));
