import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestsKey } from './list-pull-requests.ts';

export type UpdatePullRequestInput = {
  repositoryName: string;
  pullRequestId: string;
  title?: string;
  description?: string;
  pullRequestStatus?: 'OPEN' | 'CLOSED';
};

export const updatePullRequest = ({
  repositoryName,
  pullRequestId,
  ...json
}: UpdatePullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].$patch({
      param: { repositoryName, pullRequestId },
      json,
    }),
  );

export const useUpdatePullRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePullRequest,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({ queryKey: pullRequestsKey(repositoryName) }),
  });
};
