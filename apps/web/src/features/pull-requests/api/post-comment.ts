import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { commentsKey } from './get-comments.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';

export type CommentLocation = {
  filePath: string;
  filePosition?: number;
  relativeFileVersion: 'BEFORE' | 'AFTER';
};

export type PostCommentInput = PullRequestInput & {
  content: string;
  beforeCommitId: string;
  afterCommitId: string;
  location?: CommentLocation;
  clientRequestToken: string;
};

export const postComment = ({ repositoryName, pullRequestId, ...json }: PostCommentInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'].comments.$post({
      param: { repositoryName, pullRequestId },
      json,
    }),
  );

export const usePostComment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postComment,
    onSuccess: (_, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commentsKey(input) }),
        queryClient.invalidateQueries({ queryKey: [...pullRequestKey(input), 'events'] }),
      ]),
  });
};
