import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetCommitHistoryInput = {
  repositoryName: string;
  commitSpecifier: string;
  filePath?: string;
};

const pageSize = 50;

/** One page of history, newest first; the BFF walks parents (or ListFileCommitHistory for one file). */
export const getCommitHistoryPage = (
  { repositoryName, commitSpecifier, filePath }: GetCommitHistoryInput,
  cursor?: string,
) =>
  unwrap(
    api.api.repositories[':repositoryName'].commits.$get({
      param: { repositoryName },
      query: {
        commitSpecifier,
        limit: String(pageSize),
        ...(filePath ? { filePath } : {}),
        ...(cursor ? { cursor } : {}),
      },
    }),
  );

export type HistoryCommit = Awaited<ReturnType<typeof getCommitHistoryPage>>['commits'][number];

export const getCommitHistoryQueryOptions = (input: GetCommitHistoryInput) =>
  infiniteQueryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'history',
      input.commitSpecifier,
      input.filePath ?? '',
    ],
    queryFn: ({ pageParam }) => getCommitHistoryPage(input, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useCommitHistory = (input: GetCommitHistoryInput) =>
  useInfiniteQuery(getCommitHistoryQueryOptions(input));
