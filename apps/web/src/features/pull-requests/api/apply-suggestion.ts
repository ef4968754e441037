import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export type ApplySuggestionInput = PullRequestInput & {
  /** The source branch, where the commit goes. */
  branchName: string;
  /** The source commit the suggestion was read against: PutFile refuses if the branch moved. */
  parentCommitId: string;
  filePath: string;
  fileContent: string;
  commitMessage: string;
};

/**
 * Commits an applied suggestion to the source branch with PutFile (the editor's route), guarded
 * by the parent commit id as the editor is: a branch that moved gives
 * ParentCommitIdOutdatedException and nothing is written.
 */
export const applySuggestion = ({
  repositoryName,
  pullRequestId: _,
  ...json
}: ApplySuggestionInput) =>
  unwrap(api.api.repositories[':repositoryName'].file.$put({ param: { repositoryName }, json }));

export const useApplySuggestion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applySuggestion,
    // The source tip moved: the pull request, its diff and its checks are read again.
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: pullRequestKey(input) }),
  });
};
