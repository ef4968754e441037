import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestsKey } from './list-pull-requests.ts';

export type CreatePullRequestInput = {
  repositoryName: string;
  title: string;
  description: string;
  sourceReference: string;
  destinationReference: string;
  clientRequestToken: string;
};

export const createPullRequest = ({ repositoryName, ...json }: CreatePullRequestInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'].$post({
      param: { repositoryName },
      json,
    }),
  );

export const useCreatePullRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPullRequest,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({ queryKey: pullRequestsKey(repositoryName) }),
  });
};
