import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import type { PullRequestInput } from './get-pull-request.ts';
import { pullRequestsKey } from './list-pull-requests.ts';

export type MergeOption = 'FAST_FORWARD_MERGE' | 'SQUASH_MERGE' | 'THREE_WAY_MERGE';

export type ReplaceContent = {
  filePath: string;
  replacementType: 'KEEP_BASE' | 'KEEP_SOURCE' | 'KEEP_DESTINATION' | 'USE_NEW_CONTENT';
  content?: string;
};

export type MergeInput = PullRequestInput & {
  mergeOption: MergeOption;
  sourceCommitId: string;
  commitMessage?: string;
  authorName?: string;
  email?: string;
  deleteSourceBranch: boolean;
  conflictResolution?: { replaceContents: ReplaceContent[] };
};

export const mergePullRequest = ({ repositoryName, pullRequestId, ...json }: MergeInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].merge.$post({
      param: { repositoryName, pullRequestId },
      json,
    }),
  );

export const useMergePullRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergePullRequest,
    // Merging moves branches too: everything of the repository may have changed.
    onSuccess: (_, { repositoryName }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pullRequestsKey(repositoryName) }),
        queryClient.invalidateQueries({ queryKey: ['repositories', repositoryName] }),
      ]),
  });
};
