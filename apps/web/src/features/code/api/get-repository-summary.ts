import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type RefInput = { repositoryName: string; commitSpecifier: string };

/** The latest commit of a ref, and how many branches and tags the repository has. */
export const getRepositorySummary = ({ repositoryName, commitSpecifier }: RefInput) =>
  unwrap(
    api.api.repositories[':repositoryName'].summary.$get({
      param: { repositoryName },
      query: { commitSpecifier },
    }),
  );

export const getRepositorySummaryQueryOptions = (input: RefInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'summary', input.commitSpecifier],
    queryFn: () => getRepositorySummary(input),
  });

export const useRepositorySummary = (input: RefInput) =>
  useQuery(getRepositorySummaryQueryOptions(input));
