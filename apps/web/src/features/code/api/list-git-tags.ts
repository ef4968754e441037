import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

/** The repository's git tags, which the BFF reads over git's own protocol: the API has no list of tags. */
export const listGitTags = (repositoryName: string) =>
  unwrap(api.api.repositories[':repositoryName']['git-tags'].$get({ param: { repositoryName } }));

export const listGitTagsQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'git-tags'],
    queryFn: () => listGitTags(repositoryName),
  });

export const useGitTags = (repositoryName: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...listGitTagsQueryOptions(repositoryName), enabled: options.enabled ?? true });
