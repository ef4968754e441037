import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { commentsKey } from './get-comments.ts';
import type { PullRequestInput } from './get-pull-request.ts';

type CommentInput = PullRequestInput & { commentId: string };

const comment = api.api.repositories[':repositoryName'].comments[':commentId'];

export const replyToComment = ({
  repositoryName,
  commentId,
  content,
  clientRequestToken,
}: CommentInput & { content: string; clientRequestToken: string }) =>
  unwrap(
    comment.replies.$post({
      param: { repositoryName, commentId },
      json: { content, clientRequestToken },
    }),
  );

export const updateComment = ({
  repositoryName,
  commentId,
  content,
}: CommentInput & { content: string }) =>
  unwrap(comment.$patch({ param: { repositoryName, commentId }, json: { content } }));

export const deleteComment = ({ repositoryName, commentId }: CommentInput) =>
  unwrap(comment.$delete({ param: { repositoryName, commentId } }));

/** An emoji short code such as ":thumbsup:", or "none" to take one's reaction back. */
export const reactToComment = ({
  repositoryName,
  commentId,
  reactionValue,
}: CommentInput & { reactionValue: string }) =>
  unwrap(comment.reaction.$put({ param: { repositoryName, commentId }, json: { reactionValue } }));

/** One mutation hook per change; each refreshes the pull request's comments. */
function useCommentMutation<Input extends CommentInput, Output>(
  mutationFn: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: commentsKey(input) }),
  });
}

export const useReplyToComment = () => useCommentMutation(replyToComment);
export const useUpdateComment = () => useCommentMutation(updateComment);
export const useDeleteComment = () => useCommentMutation(deleteComment);
export const useReactToComment = () => useCommentMutation(reactToComment);
