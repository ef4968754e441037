import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const listBranches = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].branches.$get({ param: { repositoryName } }));

export const listBranchesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'branches'],
    queryFn: () => listBranches(repositoryName),
  });

/** `enabled: false` waits until the list is wanted (a selector opened), so a page does not pay for it. */
export const useBranches = (repositoryName: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...listBranchesQueryOptions(repositoryName), enabled: options.enabled ?? true });
