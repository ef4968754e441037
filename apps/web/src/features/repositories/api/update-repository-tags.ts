import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { listRepositoryTagsQueryOptions } from './list-repository-tags.ts';

export type UpdateRepositoryTagsInput = {
  repositoryName: string;
  /** Tags to add or change. */
  tags: Record<string, string>;
  /** Keys to remove. */
  tagKeys: string[];
};

/** TagResource for what is new or changed, UntagResource for what was removed. */
export async function updateRepositoryTags({
  repositoryName,
  tags,
  tagKeys,
}: UpdateRepositoryTagsInput) {
  const tagsRoute = api.api.repositories[':repositoryName'].tags;
  let result: { tags: Record<string, string> } | undefined;
  if (tagKeys.length)
    result = await unwrap(tagsRoute.remove.$post({ param: { repositoryName }, json: { tagKeys } }));
  if (Object.keys(tags).length)
    result = await unwrap(tagsRoute.$post({ param: { repositoryName }, json: { tags } }));
  return result;
}

export const useUpdateRepositoryTags = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRepositoryTags,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({
        queryKey: listRepositoryTagsQueryOptions(repositoryName).queryKey,
      }),
  });
};
