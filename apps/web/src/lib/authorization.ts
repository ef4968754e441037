import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';

/*
 * What IAM lets the signed-in user do. CodeCommit has no call that lists a caller's permissions:
 * the BFF asks it calls that cannot change anything and keeps the answers for five minutes.
 * Controls that need a permission stay hidden until it is known; AWS still has the last word
 * on each call.
 */
const staleTime = 5 * 60_000;

export const getRepositoryPermissions = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName'].permissions.$get({ param: { repositoryName } }));

export type RepositoryPermissions = Awaited<ReturnType<typeof getRepositoryPermissions>>;

export const getRepositoryPermissionsQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['permissions', 'repository', repositoryName],
    queryFn: () => getRepositoryPermissions(repositoryName),
    staleTime,
  });

/** The user's permissions in one repository; undefined until known. */
export const useRepositoryPermissions = (repositoryName: string) =>
  useQuery(getRepositoryPermissionsQueryOptions(repositoryName));

/** Commit, create branches and change settings: AWSCodeCommitPowerUser and up. */
export const useCanWrite = (repositoryName: string): boolean =>
  useRepositoryPermissions(repositoryName).data?.canWrite ?? false;

export const getAccountPermissions = () => unwrap(api.api.permissions.$get());

export const getAccountPermissionsQueryOptions = () =>
  queryOptions({ queryKey: ['permissions', 'account'], queryFn: getAccountPermissions, staleTime });

export const useCanCreateRepository = (): boolean =>
  useQuery(getAccountPermissionsQueryOptions()).data?.canCreateRepository ?? false;

export const getApprovalRuleTemplatePermissions = () =>
  unwrap(api.api['approval-rule-templates'].permissions.$get());

export const getApprovalRuleTemplatePermissionsQueryOptions = () =>
  queryOptions({
    queryKey: ['permissions', 'approval-rule-templates'],
    queryFn: getApprovalRuleTemplatePermissions,
    staleTime,
  });

/** Whether IAM lets the user create, change and delete approval rule templates; undefined until known. */
export const useApprovalRuleTemplatePermissions = () =>
  useQuery(getApprovalRuleTemplatePermissionsQueryOptions());
