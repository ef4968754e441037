import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type SearchCodeInput = {
  repositoryName: string;
  commitSpecifier: string;
  query: string;
  regex: boolean;
  caseSensitive: boolean;
  /** Only files under this folder; the whole tree when empty. */
  folderPath: string;
};

export const searchCode = ({
  repositoryName,
  commitSpecifier,
  query,
  regex,
  caseSensitive,
  folderPath,
}: SearchCodeInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].search.$get({
      param: { repositoryName },
      query: {
        commitSpecifier,
        query,
        ...(regex ? { regex: '1' as const } : {}),
        ...(caseSensitive ? { caseSensitive: '1' as const } : {}),
        ...(folderPath ? { folderPath } : {}),
      },
    }),
  );

export type SearchResult = Awaited<ReturnType<typeof searchCode>>;

export const searchCodeQueryOptions = (input: SearchCodeInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'search',
      input.commitSpecifier,
      input.query,
      input.regex,
      input.caseSensitive,
      input.folderPath,
    ],
    queryFn: () => searchCode(input),
    enabled: input.query.length > 0,
    retry: false,
  });

export const useSearchCode = (input: SearchCodeInput) => useQuery(searchCodeQueryOptions(input));
