import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';

/**
 * What IAM lets the signed-in user change in a repository. CodeCommit has no call that lists a
 * caller's permissions; the BFF probes pull request writes, which the managed policies grant
 * together with PutFile, CreateCommit and the Update* calls (AWSCodeCommitPowerUser and up).
 * Controls that need it stay hidden until it is known; AWS still has the last word on each call.
 */
export const getRepositoryPermissions = (repositoryName: string) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'].permissions.$get({
      param: { repositoryName },
    }),
  );

export const getRepositoryPermissionsQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['permissions', 'pull-requests', repositoryName],
    queryFn: () => getRepositoryPermissions(repositoryName),
    staleTime: 5 * 60_000,
  });

export const useCanWrite = (repositoryName: string): boolean =>
  useQuery(getRepositoryPermissionsQueryOptions(repositoryName)).data?.write ?? false;
