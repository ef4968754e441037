import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export type GetCommitIdInput = { repositoryName: string; prefix: string };

/**
 * The full id of the commit a full or abbreviated id names. CodeCommit takes only full ids:
 * the BFF checks those with GetCommit and looks abbreviations up among each branch's latest
 * commits, answering 400 when one is ambiguous or not among them.
 */
export const getCommitId = ({ repositoryName, prefix }: GetCommitIdInput) =>
  unwrap(
    api.api.repositories[':repositoryName']['commit-id'].$get({
      param: { repositoryName },
      query: { prefix },
    }),
  );

export const getCommitIdQueryOptions = (input: GetCommitIdInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'commit-id', input.prefix.toLowerCase()],
    queryFn: () => getCommitId(input),
    // New commits can make an abbreviation ambiguous; a full id's answer never changes.
    staleTime: 60_000,
  });

export const useCommitId = (input: GetCommitIdInput, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getCommitIdQueryOptions(input), ...options });
