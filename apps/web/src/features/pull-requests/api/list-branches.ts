import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listBranchNames = async (repositoryName: string) => {
  const { branches } = await unwrap(
    api.api.repositories[':repositoryName'].branches.$get({ param: { repositoryName } }),
  );
  return branches.map((branch) => branch.branchName);
};

export const listBranchNamesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'branch-names'],
    queryFn: () => listBranchNames(repositoryName),
  });

export const useBranchNames = (repositoryName: string) =>
  useQuery(listBranchNamesQueryOptions(repositoryName));
