import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const getPullRequestPermissions = (repositoryName: string) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'].permissions.$get({
      param: { repositoryName },
    }),
  );

export type PullRequestPermissions = Awaited<ReturnType<typeof getPullRequestPermissions>>;

export const getPullRequestPermissionsQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['permissions', 'pull-requests', repositoryName],
    queryFn: () => getPullRequestPermissions(repositoryName),
    staleTime: 5 * 60_000,
  });

/** What IAM lets the signed-in user do; until it is known, no write control is shown. */
export const usePullRequestPermissions = (repositoryName: string): PullRequestPermissions => {
  const { data } = useQuery(getPullRequestPermissionsQueryOptions(repositoryName));
  return data ?? { write: false, deleteComment: false, deleteApprovalRule: false };
};
