import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '@/lib/api-client.ts';

/** A file's text at a commit, or '' where the commit has no such file. */
export async function getFileText(
  repositoryName: string,
  commitId: string,
  filePath: string,
): Promise<string> {
  try {
    const file = await unwrap(
      api.api.repositories[':repositoryName'].file.$get({
        param: { repositoryName },
        query: { commitSpecifier: commitId, filePath },
      }),
    );
    return 'content' in file && typeof file.content === 'string' ? file.content : '';
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return '';
    throw error;
  }
}

export const getFileTextQueryOptions = (
  repositoryName: string,
  commitId: string,
  filePath: string,
) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'file-text', commitId, filePath],
    queryFn: () => getFileText(repositoryName, commitId, filePath),
    staleTime: Infinity,
  });

export const useFileText = (
  repositoryName: string,
  commitId: string | undefined,
  filePath: string,
) =>
  useQuery({
    ...getFileTextQueryOptions(repositoryName, commitId ?? '', filePath),
    enabled: !!commitId,
  });
