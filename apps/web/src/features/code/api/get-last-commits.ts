import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type LastCommitsInput = {
  repositoryName: string;
  commitSpecifier: string;
  folderPath: string;
  /** One page of a folder's entries, by position: a request per page, in view. */
  page: number;
  paths: string[];
};

export const getLastCommits = ({ repositoryName, commitSpecifier, paths }: LastCommitsInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['last-commits'].$get({
      param: { repositoryName },
      query: { commitSpecifier, path: paths },
    }),
  );

export type LastCommits = Awaited<ReturnType<typeof getLastCommits>>['lastCommits'];

export const getLastCommitsQueryOptions = (input: LastCommitsInput) =>
  queryOptions({
    queryKey: [
      'repositories',
      input.repositoryName,
      'last-commits',
      input.commitSpecifier,
      input.folderPath,
      input.page,
    ],
    queryFn: () => getLastCommits(input),
  });

/** The last commit of each entry on the given pages, merged by path as they arrive. */
export function useLastCommits(inputs: LastCommitsInput[]): LastCommits {
  return useQueries({
    queries: inputs.map(getLastCommitsQueryOptions),
    combine: (results) =>
      Object.assign({}, ...results.map((result) => result.data?.lastCommits ?? {})) as LastCommits,
  });
}
